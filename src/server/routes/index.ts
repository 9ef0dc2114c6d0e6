import type { RouteModule } from '../app.js';
import { adminRoutes } from './admin.js';
import { authRoutes } from './auth.js';
import { dealJobs } from '../deal-jobs.js';
import { dealRoutes } from './deals.js';
import { healthRoutes } from './health.js';
import { meRoutes } from './me.js';
import { membershipRoutes } from './memberships.js';
import { tokenRoutes } from './tokens.js';
import { listingRoutes } from './listings.js';
import { organizationRoutes } from './organizations.js';
import { taxonomyRoutes } from './taxonomies.js';
import { insightRoutes } from './insight.js';
import { indicatorRoutes } from './indicators.js';
import { publicStatsRoutes } from './public-stats.js';
import { feedRoutes } from './feeds.js';
import { fundingRoutes } from './funding.js';
import { programmeRoutes } from './programmes.js';
import { allocationRoutes } from './allocations.js';
import { searchRoutes } from './search.js';

/** Every route module of the API, in registration order. Add new resources here. */
export const ROUTE_MODULES: RouteModule[] = [
  healthRoutes,
  organizationRoutes,
  listingRoutes,
  taxonomyRoutes,
  authRoutes,
  meRoutes,
  tokenRoutes,
  membershipRoutes,
  adminRoutes,
  dealRoutes,
  insightRoutes,
  indicatorRoutes,
  publicStatsRoutes,
  feedRoutes,
  fundingRoutes,
  programmeRoutes,
  allocationRoutes,
  searchRoutes,
  // Not routes: the deals' hourly job, started when the server listens.
  dealJobs,
];
