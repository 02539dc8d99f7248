require("./register.js"); require("./local-package.js");
const { App } = require("cdktf"); const { HardenedMeshStack } = require("@meshoptixiq/cdktf-hardened");
const props = require("../test/util.ts").stackProps();
const app = new App(); for (let i = 0; i < 8; i++) new HardenedMeshStack(app, "env" + i, props); app.synth();
