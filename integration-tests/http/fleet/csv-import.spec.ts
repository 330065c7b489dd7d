import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin, createClientCompany, createPublishableKey, type AdminActor, type ClientCompany } from "../../helpers/actors"
import { createMachine, daysAgo, failure } from "./fleet-fixtures"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AdminActor
    let acme: ClientCompany

    beforeEach(async () => {
      admin = await createAdmin(getContainer(), api)
      const key = await createPublishableKey(getContainer())
      acme = await createClientCompany(getContainer(), api, key, {
        name: "Acme Industrie",
        sites: ["Lyon plant", "Grenoble depot"],
        members: [{ email: "claire@acme.test", role: "admin" }],
      })
    })

    const importCsv = (kind: string, csv: string) =>
      api.post("/admin/portal/equipment/import", { kind, csv, account_id: acme.account_id }, { headers: admin.headers })

    it("creates the good machines and reports each bad row with its line and field", async () => {
      const csv = [
        "serial_number;name;site;brand;status;installation_date",
        "C-1;Compressor;Lyon plant;Atlas;in_service;2024-03-01",
        "C-2;Compressor two;Nowhere;Atlas;;",
        "C-3;;Lyon plant;;;",
        "C-4;Lift;grenoble depot;Haulotte;broken;",
        "C-5;Lift two;Grenoble depot;;;someday",
        "C-1;Duplicate;Lyon plant;;;",
        '"C-6";"Washer; hot water";Grenoble depot;Kärcher;under_repair;2025-01-15',
      ].join("\r\n")
      const { data } = await importCsv("equipment", csv)
      expect(data.created).toBe(2)
      expect(data.rejected).toEqual([
        { row: 3, field: "site", message: expect.stringMatching(/Nowhere/) },
        { row: 4, field: "name", message: "name is required" },
        { row: 5, field: "status", message: expect.stringMatching(/status must be one of/) },
        { row: 6, field: "installation_date", message: expect.stringMatching(/installation_date/) },
        { row: 7, field: "serial_number", message: expect.stringMatching(/C-1/) },
      ])
      const { data: list } = await api.get("/store/portal/equipment?order=serial_number", { headers: acme.members[0].headers })
      expect(list.equipment.map((e: { serial_number: string; name: string }) => [e.serial_number, e.name])).toEqual([
        ["C-1", "Compressor"],
        ["C-6", "Washer; hot water"],
      ])
      expect(list.equipment[1]).toMatchObject({ status: "under_repair", brand: "Kärcher", site: { name: "Grenoble depot" } })
    })

    it("imports readings through the same checks, keeping the good rows and writing nothing of a bad one", async () => {
      const machine = await createMachine(api, admin, {
        account_id: acme.account_id,
        site_id: acme.site_ids[0],
        name: "Compressor",
        serial_number: "C-1",
        readings: [{ value: 100, read_at: daysAgo(30) }],
      })
      const day = (n: number) => daysAgo(n).toISOString()
      const csv = [
        "serial_number,meter,value,read_at,note",
        `C-1,Hours,110,${day(20)},monthly round`,
        `C-1,Hours,90,${day(10)},`,
        `C-1,Hours,abc,${day(9)},`,
        `C-9,Hours,120,${day(8)},`,
        `C-1,Pressure,120,${day(8)},`,
        `C-1,Hours,130,${new Date(Date.now() + 7 * 86_400_000).toISOString()},`,
        `C-1,hours,125,${day(5)},`,
      ].join("\n")
      const { data } = await importCsv("readings", csv)
      expect(data.created).toBe(2)
      expect(data.rejected).toEqual([
        { row: 3, field: "value", message: expect.stringMatching(/lower than the previous reading/) },
        { row: 4, field: "value", message: "value must be a number" },
        { row: 5, field: "serial_number", message: expect.stringMatching(/C-9/) },
        { row: 6, field: "meter", message: expect.stringMatching(/Pressure/) },
        { row: 7, field: "read_at", message: expect.stringMatching(/future/) },
      ])
      const { data: chart } = await api.get(`/admin/portal/equipment/${machine.id}/meters/${machine.meter_id}/readings`, { headers: admin.headers })
      expect(chart.readings.map((r: { value: number }) => r.value)).toEqual([100, 110, 125])
      expect(chart.readings[1]).toMatchObject({ source: "staff", note: "monthly round" })
    })

    it("refuses an unknown column before writing anything, and a missing kind with 400", async () => {
      const { data } = await importCsv("equipment", "serial_number,name,site,colour\nC-1,Pump,Lyon plant,red\n")
      expect(data).toEqual({ created: 0, rejected: [{ row: 1, field: "colour", message: expect.stringMatching(/unknown column colour/) }] })
      const response = await api
        .post("/admin/portal/equipment/import", { csv: "serial_number\n" }, { headers: admin.headers })
        .catch(failure)
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/kind/)
    })
  },
})
