fn main() {
    print!("{}", quiet::report());
}
