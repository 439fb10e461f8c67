fn main() {
    print!("{}", quiet::report());
    print!("{}", loud::report());
}
