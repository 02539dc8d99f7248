// npm's `prepare`. npm runs it after `npm install` or `npm ci` in this repository, and in the clone of
// a git dependency (`npm install git+https://…#v0.1.0`, `github:…#v0.1.0`) before it packs that
// clone: there the package must be built, or it installs without dist/ and cannot be loaded. npm
// marks that second case by naming the clone in npm_package_resolved; in the repository nothing is
// built here (`npm run build` does it, and npm pack and npm publish build through prepack), so that
// installs in the repository and in CI stay fast. CI proves the git install (scripts/git-install-check.sh).
const { execSync } = require("child_process");

if (process.env.npm_package_resolved) {
  execSync("npm run build", { stdio: "inherit", cwd: require("path").join(__dirname, "..") });
}
