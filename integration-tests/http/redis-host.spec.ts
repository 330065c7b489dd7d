import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { FeatureFlag, Modules } from "@medusajs/framework/utils"
import { revokeApiKeysWorkflow } from "@medusajs/medusa/core-flows"
import Redis from "ioredis"
import { createPublishableKey } from "../helpers/actors"

jest.setTimeout(120_000)

// The local Redis server of the machine, unless the environment names another one.
const redisUrl = process.env.REDIS_URL || "redis://localhost:6379"
// Set before the runner loads medusa-config.ts (its `env` option is applied only after that).
process.env.REDIS_URL = redisUrl

// Registered before the runner's own beforeAll, so it runs before the host boots: the workflow engine's
// queues must be created by this boot, not left over from an earlier one.
beforeAll(async () => {
  const redis = new Redis(redisUrl)
  try {
    const stale = await redis.keys("bull:medusa-workflows*")
    if (stale.length) await redis.del(...stale)
  } finally {
    redis.disconnect()
  }
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("the development host with REDIS_URL set", () => {
      it("boots and answers its health check", async () => {
        const response = await api.get("/health")
        expect(response.status).toBe(200)
      })

      it("uses Medusa's Redis event bus, workflow engine and cache", () => {
        const container = getContainer()
        expect(container.resolve(Modules.EVENT_BUS).constructor.name).toBe("RedisEventBusService")
        expect(container.resolve(Modules.CACHE).constructor.name).toBe("RedisCacheService")
      })

      it("runs the workflow engine's queues in Redis", async () => {
        const redis = new Redis(redisUrl)
        try {
          expect(await redis.keys("bull:medusa-workflows*")).not.toEqual([])
        } finally {
          redis.disconnect()
        }
      })

      it("delivers an event through Redis to a subscriber", async () => {
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const received = new Promise<unknown>((resolve) => {
          eventBus.subscribe("portal.test.ping", async (event) => resolve(event.data), { subscriberId: "portal-test-ping" })
        })
        await eventBus.emit({ name: "portal.test.ping", data: { id: "ping_1" } })
        await expect(received).resolves.toEqual({ id: "ping_1" })
      })

      it("holds locks in Redis, so that separate server and worker processes share them", async () => {
        const locking = getContainer().resolve(Modules.LOCKING)
        const redis = new Redis(redisUrl)
        try {
          const keysWhileLocked = await locking.execute("portal-test-lock", async () => redis.keys("*portal-test-lock*"))
          expect(keysWhileLocked.length).toBeGreaterThan(0)
          expect(await redis.keys("*portal-test-lock*")).toEqual([])
        } finally {
          redis.disconnect()
        }
      })

      it("caches Medusa's publishable-key lookup in Redis with the caching module, and forgets a revoked key", async () => {
        expect(FeatureFlag.isFeatureEnabled("caching")).toBe(true)
        const container = getContainer()
        const token = await createPublishableKey(container)
        const headers = { "x-publishable-api-key": token }
        const redis = new Redis(redisUrl)
        try {
          const before = await redis.keys("mc:*")
          expect((await api.get("/store/regions", { headers })).status).toBe(200)
          // The cache is written after the answer, without being awaited.
          let after = await redis.keys("mc:*")
          for (let i = 0; i < 40 && after.length <= before.length; i++) {
            await new Promise((r) => setTimeout(r, 50))
            after = await redis.keys("mc:*")
          }
          expect(after.length).toBeGreaterThan(before.length)
        } finally {
          redis.disconnect()
        }
        const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ token })
        await revokeApiKeysWorkflow(container).run({ input: { selector: { id: key.id }, revoke: { revoked_by: "test" } } })
        let status = 200
        for (let i = 0; i < 40 && status === 200; i++) {
          status = await api.get("/store/regions", { headers }).then((r: { status: number }) => r.status, (e: { response: { status: number } }) => e.response.status)
          if (status === 200) await new Promise((r) => setTimeout(r, 50))
        }
        expect(status).toBe(400)
      })
    })
  },
})
