// Removes the folder test/global-setup.js made.
const { rmSync } = require("fs");

module.exports = () => {
  if (process.env.MESHQ_TEST_RUN_DIR) rmSync(process.env.MESHQ_TEST_RUN_DIR, { recursive: true, force: true });
};
