//! The tests of `statusreg`, in one test binary: the tool run as a user runs it, and the module
//! `statusreg generate` writes, compiled here.

mod cli;
mod generated;
