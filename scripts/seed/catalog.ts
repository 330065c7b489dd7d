// Demo catalogue of an equipment dealer that sells, services and rents machines. Prices in EUR cents are
// not used: Medusa v2 stores amounts in the currency's main unit.
export type DemoProduct = {
  handle: string
  title: string
  category: "machines" | "spare-parts" | "services" | "rental-fleet"
  description: string
  sku: string
  price: number
  managesInventory: boolean
}

export const DEMO_CATEGORIES = [
  { handle: "machines", name: "Machines" },
  { handle: "spare-parts", name: "Spare parts" },
  { handle: "services", name: "Services" },
  { handle: "rental-fleet", name: "Rental fleet" },
] as const

export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    handle: "compact-excavator-cx35",
    title: "Compact excavator CX-35",
    category: "machines",
    description: "3.5 t compact excavator with zero tail swing, ideal for urban sites.",
    sku: "MACH-CX35",
    price: 38900,
    managesInventory: true,
  },
  {
    handle: "air-compressor-ac90",
    title: "Industrial air compressor AC-90",
    category: "machines",
    description: "Rotary screw compressor, 90 kW, with integrated dryer.",
    sku: "MACH-AC90",
    price: 24500,
    managesInventory: true,
  },
  {
    handle: "diesel-generator-g60",
    title: "Diesel generator G-60",
    category: "machines",
    description: "60 kVA soundproofed generator set with automatic transfer switch.",
    sku: "MACH-G60",
    price: 17800,
    managesInventory: true,
  },
  {
    handle: "pressure-washer-hp200",
    title: "Hot-water pressure washer HP-200",
    category: "machines",
    description: "200 bar hot-water pressure washer for workshops and plants.",
    sku: "MACH-HP200",
    price: 3450,
    managesInventory: true,
  },
  {
    handle: "hydraulic-filter-hf12",
    title: "Hydraulic filter HF-12",
    category: "spare-parts",
    description: "Return-line hydraulic filter element for CX-series excavators.",
    sku: "PART-HF12",
    price: 64.5,
    managesInventory: true,
  },
  {
    handle: "air-filter-af90",
    title: "Air filter element AF-90",
    category: "spare-parts",
    description: "Intake air filter for AC-90 compressors, change every 2,000 hours.",
    sku: "PART-AF90",
    price: 89,
    managesInventory: true,
  },
  {
    handle: "engine-oil-15w40-20l",
    title: "Engine oil 15W-40, 20 L",
    category: "spare-parts",
    description: "Heavy-duty diesel engine oil, 20-litre drum.",
    sku: "PART-OIL20",
    price: 112,
    managesInventory: true,
  },
  {
    handle: "v-belt-set",
    title: "V-belt set for G-60",
    category: "spare-parts",
    description: "Alternator and fan V-belts for the G-60 generator.",
    sku: "PART-VBG60",
    price: 46.9,
    managesInventory: true,
  },
  {
    handle: "preventive-maintenance-visit",
    title: "Preventive maintenance visit",
    category: "services",
    description: "Scheduled on-site maintenance by a certified technician, checklist and report included.",
    sku: "SERV-PM",
    price: 290,
    managesInventory: false,
  },
  {
    handle: "emergency-call-out",
    title: "Emergency call-out",
    category: "services",
    description: "Technician on site within 4 working hours, first hour included.",
    sku: "SERV-EMG",
    price: 180,
    managesInventory: false,
  },
  {
    handle: "technician-hour",
    title: "Technician hour",
    category: "services",
    description: "One hour of on-site or workshop labour.",
    sku: "SERV-HOUR",
    price: 72,
    managesInventory: false,
  },
  {
    handle: "scissor-lift-8m-rental",
    title: "Scissor lift 8 m, daily rental",
    category: "rental-fleet",
    description: "Electric scissor lift, 8 m working height, per day.",
    sku: "RENT-SL8",
    price: 95,
    managesInventory: false,
  },
  {
    handle: "mini-excavator-rental",
    title: "Mini excavator 1.8 t, daily rental",
    category: "rental-fleet",
    description: "1.8 t mini excavator with three buckets, per day.",
    sku: "RENT-MX18",
    price: 160,
    managesInventory: false,
  },
  {
    handle: "generator-60kva-rental",
    title: "Generator 60 kVA, daily rental",
    category: "rental-fleet",
    description: "Towable 60 kVA generator set, per day, fuel not included.",
    sku: "RENT-G60",
    price: 140,
    managesInventory: false,
  },
  {
    handle: "air-compressor-rental",
    title: "Air compressor 5 m³/min, daily rental",
    category: "rental-fleet",
    description: "Towable diesel compressor, 5 m³/min at 7 bar, per day.",
    sku: "RENT-AC50",
    price: 85,
    managesInventory: false,
  },
  {
    handle: "floor-scrubber-rental",
    title: "Ride-on floor scrubber, daily rental",
    category: "rental-fleet",
    description: "Battery ride-on scrubber-dryer, 70 cm path, per day.",
    sku: "RENT-FS70",
    price: 110,
    managesInventory: false,
  },
]

export type DemoMember = { email: string; first_name: string; last_name: string; phone?: string }

export type DemoCompany = {
  name: string
  locale: "en" | "fr" | "it" | "sk"
  country: string
  members: DemoMember[]
}

export const DEMO_COMPANIES: DemoCompany[] = [
  {
    name: "Acme Industrie",
    locale: "fr",
    country: "fr",
    members: [
      { email: "claire@acme.example", first_name: "Claire", last_name: "Martin", phone: "+33 6 12 34 56 78" },
      { email: "paul@acme.example", first_name: "Paul", last_name: "Durand" },
    ],
  },
  {
    name: "Rossi Impianti",
    locale: "it",
    country: "it",
    members: [
      { email: "marco@rossi.example", first_name: "Marco", last_name: "Rossi", phone: "+39 347 123 4567" },
      { email: "giulia@rossi.example", first_name: "Giulia", last_name: "Bianchi" },
    ],
  },
  {
    name: "Tatra Energy",
    locale: "sk",
    country: "sk",
    members: [
      { email: "jana@tatra.example", first_name: "Jana", last_name: "Horváthová", phone: "+421 905 123 456" },
      { email: "peter@tatra.example", first_name: "Peter", last_name: "Kováč" },
    ],
  },
]
