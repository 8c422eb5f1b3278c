// Stops `npm test` and CI at once when the Node that `npm run` finds first (node_modules/.bin/node,
// the `node` package pinned in package.json) is not Node 22: if an npm that blocks install scripts
// skipped that package's, the system's Node would run everything, and fail later and obscurely.
// Plain JavaScript on purpose, so that the Node it is checking can run it whatever its version.
var major = Number(process.versions.node.split('.')[0]);
if (major !== 22) {
  console.error(
    'check-node: this is Node ' +
      process.versions.node +
      ' (' +
      process.execPath +
      '), but the project needs Node 22 from node_modules/.bin/node. Run `npm install --no-audit --no-fund` again ' +
      '(and allow the install script of the `node` package), then check with `npm run check-node`.',
  );
  process.exit(1);
}
