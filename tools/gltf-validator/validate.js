#!/usr/bin/env node
// Validate one glTF 2.0 asset (.glb or .gltf) with Khronos' glTF-Validator and print its
// JSON report on stdout. Exit 0: no errors; 1: the report has errors; 2: could not validate.
// Usage: node tools/gltf-validator/validate.js model.glb
"use strict";

const fs = require("fs");
const path = require("path");
const validator = require("gltf-validator");

async function main(argv) {
  if (argv.length !== 1) {
    process.stderr.write("usage: node validate.js FILE.glb\n");
    return 2;
  }
  const file = path.resolve(argv[0]);
  const asset = await fs.promises.readFile(file);
  const report = await validator.validateBytes(new Uint8Array(asset), {
    uri: path.basename(file),
    maxIssues: 0, // report every issue: callers decide which ones matter
    writeTimestamp: false, // same file, same report
    // a .gltf may reference buffers and images beside it; a .glb carries its own
    externalResourceFunction: (uri) =>
      fs.promises
        .readFile(path.resolve(path.dirname(file), decodeURIComponent(uri)))
        .then((data) => new Uint8Array(data)),
  });
  process.stdout.write(JSON.stringify(report, null, 2) + "\n");
  return report.issues.numErrors > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`gltf-validator: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
