import js from "@eslint/js"
import globals from "globals"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".medusa/",
      ".data/",
      "storefront/",
      "**/*.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["scripts/**/*.mjs", "bench/**/*.mjs", "jest.config.js", "integration-tests/setup.js"],
    languageOptions: {
      globals: globals.node,
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["scripts/**/*.cjs"],
    languageOptions: { globals: globals.node, sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Every route validates through src/api/utils: list queries are bounded and `fields` has an allowed list.
    files: ["src/api/**/*.ts"],
    ignores: ["src/api/utils/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@medusajs/framework/http",
              importNames: ["validateAndTransformBody", "validateAndTransformQuery"],
              message: "Use validateBody, validateQuery or validateListQuery from src/api/utils/validate-request.",
            },
            {
              name: "@medusajs/medusa/api/utils/validators",
              importNames: ["createFindParams"],
              message: "Use listQuery from src/api/utils/list-query: it bounds limit, offset, order and text filters.",
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.ts"],
    rules: {
      // Medusa trusts one X-Forwarded-For hop, so req.ip is whatever a client writes there.
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='req'][property.name=/^(ip|ips)$/]", message: "Use clientAddress(req) from src/lib/client-address.ts: req.ip believes any X-Forwarded-For." },
      ],
    },
  }
)
