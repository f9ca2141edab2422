//! Windows builds carry the app's icon and version information as a resource, so
//! Explorer, the taskbar and the file's Properties show them. Cross-building from Linux,
//! winresource runs MinGW-w64's `x86_64-w64-mingw32-windres` (Debian's `mingw-w64`).
//! Other targets need nothing from here.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/icon.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("assets/icon.ico")
        .set("ProductName", "WeProtect Explorer")
        .set("FileDescription", "WeProtect Explorer")
        .set("InternalName", "weprotect-explorer")
        .set("OriginalFilename", "weprotect-explorer.exe")
        .set("CompanyName", "weprotect-explorer developers")
        .set("LegalCopyright", "MIT OR Apache-2.0")
        .set("Comments", env!("CARGO_PKG_DESCRIPTION"));
    // Only the program gets the resource: test and bench executables have no use for it.
    if let Err(e) = resource.compile_for("weprotect-explorer") {
        // A Windows program without its icon would still run, but it is not one we ship.
        println!("cargo:warning=the Windows resource (icon, version) was not compiled: {e}");
        std::process::exit(1);
    }
}
