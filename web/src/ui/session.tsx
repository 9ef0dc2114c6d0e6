import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, setCsrfToken } from '../api/client';
import { api } from '../api/endpoints';
import type { Listing, Me } from '../api/types';

type SessionState = {
  /** undefined while the first GET /api/me runs; null when signed out. */
  me: Me | null | undefined;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  refresh: () => Promise<void>;
};

const SessionContext = createContext<SessionState>({
  me: null,
  signIn: async () => undefined,
  signOut: async () => undefined,
  refresh: async () => undefined,
});

async function loadMe(): Promise<Me | null> {
  try {
    return await api.me();
  } catch (error) {
    // Anonymous visitors get 401; any other failure also means "not signed in" for the UI.
    if (error instanceof ApiError) return null;
    throw error;
  }
}

/** Who is signed in (GET /api/me), with sign-in and sign-out; keeps the CSRF token for writes. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  const apply = useCallback((next: Me | null) => {
    setCsrfToken(next?.csrf_token ?? null);
    setMe(next);
  }, []);

  const refresh = useCallback(async () => apply(await loadMe()), [apply]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo<SessionState>(
    () => ({
      me,
      refresh,
      signIn: async (email, password) => {
        const signedIn = await api.signIn(email, password);
        setCsrfToken(signedIn.csrf_token);
        await refresh();
      },
      signOut: async () => {
        try {
          await api.signOut();
        } finally {
          apply(null);
        }
      },
    }),
    [me, refresh, apply],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  return useContext(SessionContext);
}

/**
 * Staff as the server means it (src/core/accounts/permissions.ts `staff:read`/`staff:write`):
 * brokers and administrators, and, like every role-based permission in authorize.ts, only once
 * their e-mail address is verified (else the API answers EMAIL_NOT_VERIFIED).
 */
const STAFF_ROLES = ['broker', 'admin'];

function hasVerifiedRole(me: Me | null | undefined, roles: readonly string[]): boolean {
  return !!me && me.user.email_verified && me.roles.some((r) => roles.includes(r));
}

export function isStaff(me: Me | null | undefined): boolean {
  return hasVerifiedRole(me, STAFF_ROLES);
}

/** A verified broker: authorize.ts lets brokers (not administrators as such) create and change any organization's listings. */
export function isBroker(me: Me | null | undefined): boolean {
  return hasVerifiedRole(me, ['broker']);
}

/** A verified administrator (`admin:read`/`admin:write`: users, roles, audit log, outbox). */
export function isAdmin(me: Me | null | undefined): boolean {
  return hasVerifiedRole(me, ['admin']);
}

/**
 * Whether the signed-in user may edit a listing, as authorize.ts `listing:update` decides: a
 * member of its owner organization, or a broker. Administrators without the broker role may not.
 */
export function canManageListing(me: Me | null | undefined, listing: Pick<Listing, 'owner_organization_id'>): boolean {
  if (!me) return false;
  return isBroker(me) || me.memberships.some((m) => m.organization_id === listing.owner_organization_id);
}
