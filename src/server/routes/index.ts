import type { RouteModule } from '../app.js';
import { healthRoutes } from './health.js';
import { listingRoutes } from './listings.js';
import { organizationRoutes } from './organizations.js';
import { taxonomyRoutes } from './taxonomies.js';

/** Every route module of the API, in registration order. Add new resources here. */
export const ROUTE_MODULES: RouteModule[] = [healthRoutes, organizationRoutes, listingRoutes, taxonomyRoutes];
