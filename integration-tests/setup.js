// Each test file boots modules anew; MikroORM keeps entity metadata in a global store that must start empty.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
