import type { BuyerService } from "./types";

/** The names to look for in a scope: the systems the buyer listed, else the service's own name. */
export function serviceSystems(service: BuyerService): string[] {
  const systems = service.systems.filter((system) => system.trim() !== "");
  return systems.length > 0 ? systems : [service.name];
}
