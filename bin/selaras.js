#!/usr/bin/env node
// The compiled CLI lives in lib/ (built by `npm ci` through the prepare script).
require("../lib/cli/main.js")
  .main(process.argv)
  .then(
    (code) => process.exit(code),
    (err) => {
      console.error(err && err.message ? err.message : String(err));
      process.exit(2);
    }
  );
