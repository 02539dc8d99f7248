// Removes the folder test/global-setup.js made, with every scratch file of the run in it.
const { rmSync } = require("fs");

module.exports = () => {
  if (process.env.MESHQ_TEST_RUN_DIR) rmSync(process.env.MESHQ_TEST_RUN_DIR, { recursive: true, force: true });
};
