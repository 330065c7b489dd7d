import type { FieldServiceSettings } from "../../modules/fieldService/contract"

export type Point = { latitude: number; longitude: number }

/**
 * How long a technician takes between two places, in minutes. The booking assistant reads travel only through
 * this, so a routing service's answer can replace the model below without touching the slot search.
 */
export interface TravelModel {
  minutes(from: Point, to: Point): number
}

const EARTH_RADIUS_KM = 6371.0088
const rad = (deg: number) => (deg * Math.PI) / 180

/** Great-circle (haversine) distance in kilometres. */
export function greatCircleKm(a: Point, b: Point): number {
  const dLat = rad(b.latitude - a.latitude)
  const dLon = rad(b.longitude - a.longitude)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/**
 * Travel as the crow flies, lengthened by a road factor (roads are not straight) at an average speed; rounded up
 * to the whole minute so that two legs never squeeze into less time than each takes.
 */
export function greatCircleTravel({ road_factor, average_speed_kmh }: FieldServiceSettings["distance"]): TravelModel {
  return {
    minutes: (from, to) => Math.ceil(((greatCircleKm(from, to) * road_factor) / average_speed_kmh) * 60),
  }
}
