import { AdminUploadEquipmentFile } from "../../api/admin/portal/equipment/validators"
import { StoreCreateReading } from "../../api/store/portal/equipment/validators"
import { DOCUMENT_FILE_TYPES, fileResponseHeaders, safeFilename, uploadRefusal } from "../files/file-types"

const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
const HTML = Buffer.from("<html><script>alert(document.domain)</script></html>").toString("base64")
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>').toString("base64")

describe("file types", () => {
  it("serves raster images and PDF inline, anything else as an attachment, always with nosniff and a sandboxing policy", () => {
    expect(fileResponseHeaders("image/png", "front.png")).toMatchObject({
      "Content-Type": "image/png",
      "Content-Disposition": `inline; filename="front.png"; filename*=UTF-8''front.png`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": expect.stringMatching(/default-src 'none'.*sandbox$/),
    })
    const pdf = fileResponseHeaders("application/pdf", "manual.pdf")
    expect(pdf["Content-Disposition"]).toMatch(/^inline;/)
    // Chrome shows no PDF under `sandbox`; the rest of the policy holds.
    expect(pdf["Content-Security-Policy"]).toMatch(/^default-src 'none'/)
    expect(pdf["Content-Security-Policy"]).not.toMatch(/sandbox/)

    for (const type of ["text/html", "image/svg+xml", "application/xhtml+xml", "text/xml", "TEXT/HTML; charset=utf-8"]) {
      const headers = fileResponseHeaders(type, "page.html")
      expect([type, headers["Content-Type"], headers["Content-Disposition"]]).toEqual([type, "application/octet-stream", expect.stringMatching(/^attachment;/)])
      expect(headers["Content-Security-Policy"]).toMatch(/sandbox/)
    }
    expect(fileResponseHeaders("text/csv", "hours.csv")).toMatchObject({ "Content-Type": "text/csv", "Content-Disposition": expect.stringMatching(/^attachment;/) })
    // A meter photo has no stored type: its name decides, and an unknown name is downloaded.
    expect(fileResponseHeaders(null, "meter.JPG")["Content-Disposition"]).toMatch(/^inline;/)
    expect(fileResponseHeaders(null, "meter.svg")["Content-Type"]).toBe("application/octet-stream")
  })

  it("names files safely in the header", () => {
    expect(safeFilename('a"b\\c/d\r\ne.pdf')).toBe("a_b_c_d_e.pdf")
    expect(safeFilename("  ")).toBe("file")
    expect(fileResponseHeaders("application/pdf", "Révision n°2.pdf")["Content-Disposition"]).toBe(
      `inline; filename="R_vision n_2.pdf"; filename*=UTF-8''R%C3%A9vision%20n%C2%B02.pdf`
    )
  })

  it("refuses at upload a type outside the list, and bytes that are not the image or PDF declared", () => {
    expect(uploadRefusal("image/png", PNG, DOCUMENT_FILE_TYPES)).toBeNull()
    expect(uploadRefusal("text/html", HTML, DOCUMENT_FILE_TYPES)).toMatch(/^mime_type: text\/html is not accepted; send one of image\/png/)
    expect(uploadRefusal("image/png", HTML, DOCUMENT_FILE_TYPES)).toBe("content: the file is not the image/png its mime_type says")
    expect(uploadRefusal("application/pdf", Buffer.from("%PDF-1.4\n").toString("base64"), DOCUMENT_FILE_TYPES)).toBeNull()
  })

  it("answers the refusal naming the field through the route validators", async () => {
    const messages = async (schema: { strict(): { safeParseAsync(v: unknown): Promise<{ error?: { issues: { message: string }[] } }> } }, body: unknown) =>
      ((await schema.strict().safeParseAsync(body)).error?.issues ?? []).map((i) => i.message)
    expect(await messages(AdminUploadEquipmentFile, { kind: "document", filename: "x.html", mime_type: "text/html", content: HTML })).toEqual([
      expect.stringMatching(/^mime_type: text\/html is not accepted/),
    ])
    // A photo must be an image; a document may be a CSV.
    expect(await messages(AdminUploadEquipmentFile, { kind: "photo", filename: "x.csv", mime_type: "text/csv", content: "YSxi" })).toHaveLength(1)
    expect(await messages(AdminUploadEquipmentFile, { kind: "document", filename: "x.csv", mime_type: "text/csv", content: "YSxi" })).toEqual([])
    expect(await messages(StoreCreateReading, { value: 1, photo: { filename: "x.svg", mime_type: "image/svg+xml", content: SVG } })).toEqual([
      expect.stringMatching(/^photo\.mime_type: image\/svg\+xml is not accepted/),
    ])
    expect(await messages(StoreCreateReading, { value: 1, photo: { filename: "x.png", mime_type: "image/png", content: PNG } })).toEqual([])
  })
})
