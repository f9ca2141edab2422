//! Runs the built app as a terminal runs it. Included by path (`#[path]`) in the
//! command-line tests, which need none of the window harness in `common`.

/// The app run with `args`: its exit code, standard output and standard error.
pub fn run(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_weprotect-explorer"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
