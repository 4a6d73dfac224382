//! `assist-agent`: enroll, check in, share.

fn main() {}
