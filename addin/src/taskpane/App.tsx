import { useEffect, useMemo, useState } from 'react';
import { Body1, Caption1, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, makeStyles } from '@fluentui/react-components';
import type { CatalogueItem } from '@entrance-hall/shared/domain/reports/report-catalogue';
import { ApiError, createApiClient, type SignedInUser } from '../api/api-client';
import { createDevTokenProvider, fetchDevUsers, type DevUser } from '../auth/dev-sign-in';
import { createOfficeTokenProvider, type SsoSettings } from '../auth/office-sign-in';
import type { TokenProvider } from '../auth/token-provider';
import type { OfficeHost } from '../office/office-host';
import { documentSnapshotStore } from '../office/table-snapshots';
import { DocumentPlacementError, insertReportSkeleton, insertReportTable, markReportPublished, refreshReportTables, relinkReportTable } from '../office/word-tables';
import { DraftReport } from './DraftReport';
import { RefreshAll } from './RefreshAll';
import { chosenMeeting, loadMeetingRoutes, loadSkeletonTables, referencesIn } from './load-skeleton-tables';
import { TablePicker } from './TablePicker';
import { downloadTableDocx } from './download-table-docx';

const useStyles = makeStyles({
  page: { padding: '12px 16px 24px', display: 'flex', flexDirection: 'column', gap: '16px', maxWidth: '640px', boxSizing: 'border-box', minWidth: 0 },
  select: { maxWidth: '100%', minWidth: 0 },
  title: { margin: 0, fontSize: '20px' },
});

const DEV_USER_KEY = 'entrance-hall.addin.dev-user';

function readRemembered(): string | undefined {
  try {
    return sessionStorage.getItem(DEV_USER_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The first thing the author reads: where the pane runs and what it can do there. */
function HostNotice({ host }: { host: OfficeHost }) {
  if (host.inWord && host.supported) return null;
  const [title, text] = !host.officeLoaded
    ? ['Office could not be loaded.', 'Word is needed to insert and refresh tables, and Office.js did not load (are you offline?). You can still look through the tables and download them as a Word document.']
    : !host.inWord
      ? ['Word is needed to insert tables.', 'This pane is open outside Word. You can look through the tables and download them as a Word document; to insert and refresh live tables, open Entrance Hall from Word’s Home tab.']
      : ['This version of Word is too old.', 'Entrance Hall tables need Word 2016 or later, or Word for the web (WordApi 1.3). You can still download the tables as a Word document.'];
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {text}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The task pane: sign-in (Office SSO, or a demo user locally), the table catalogue, refresh all. */
export function App({ host, sso }: { host: OfficeHost; sso: SsoSettings }) {
  const styles = useStyles();
  const [devUsers, setDevUsers] = useState<DevUser[] | undefined | 'loading'>('loading');
  const [devUser, setDevUser] = useState<string | undefined>(readRemembered);
  const [catalogue, setCatalogue] = useState<CatalogueItem[] | undefined>();
  const [me, setMe] = useState<SignedInUser | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    void fetchDevUsers().then(setDevUsers);
  }, []);

  const getToken: TokenProvider | undefined = useMemo(() => {
    if (devUsers === 'loading') return undefined;
    if (devUsers) return devUser ? createDevTokenProvider(devUser) : undefined;
    return createOfficeTokenProvider(host, sso);
  }, [devUsers, devUser, host, sso]);
  const api = useMemo(() => (getToken ? createApiClient(getToken) : undefined), [getToken]);
  const snapshots = useMemo(() => (host.inWord ? documentSnapshotStore() : undefined), [host.inWord]);

  useEffect(() => {
    if (!api) return;
    setCatalogue(undefined);
    setMe(undefined);
    setProblem(undefined);
    const report = (error: unknown) => setProblem(error instanceof Error ? error.message : String(error));
    // Who is signed in first: a sign-in failure is then told once, not twice.
    api.getMe().then((user) => {
      setMe(user);
      return api.getCatalogue().then(setCatalogue);
    }).catch(report);
  }, [api]);

  const chooseDevUser = (id: string) => {
    try {
      sessionStorage.setItem(DEV_USER_KEY, id);
    } catch {
      // Storage can be blocked; the choice then lasts until the pane closes.
    }
    setDevUser(id || undefined);
  };

  const canUseWord = host.inWord && host.supported && snapshots !== undefined;
  const wordError = (error: unknown) =>
    error instanceof ApiError || error instanceof DocumentPlacementError || (error instanceof Error && error.name === 'SignInError') ? error : new Error(`Word could not change the document: ${error instanceof Error ? error.message : String(error)}`);

  return (
    <main className={styles.page}>
      <h1 className={styles.title}>Entrance Hall – report tables</h1>
      <HostNotice host={host} />
      {Array.isArray(devUsers) && (
        <Field label="Act as (local demo sign-in)" hint="This server runs with demo data; in Office you are signed in as yourself.">
          <Select className={styles.select} value={devUser ?? ''} onChange={(_, data) => chooseDevUser(data.value)}>
            <option value="">Choose a demo user…</option>
            {[...new Map(devUsers.map((user) => [user.organisation.id, user.organisation.name])).entries()].map(([organisationId, organisationName]) => (
              <optgroup key={organisationId} label={organisationName}>
                {devUsers
                  .filter((user) => user.organisation.id === organisationId)
                  .map((user) => (
                    <option key={user.id} value={user.id}>
                      {user.name} – {user.roles.map((role) => role.label).join(', ')}
                    </option>
                  ))}
              </optgroup>
            ))}
          </Select>
        </Field>
      )}
      {me && (
        <Caption1>
          Signed in as {me.name} ({me.roles.map((role) => role.label).join(', ')}){me.organisation.name ? `, ${me.organisation.name}` : ''}
        </Caption1>
      )}
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {api && !catalogue && !problem && <Spinner label="Loading the tables…" />}
      {!api && devUsers !== 'loading' && <Body1>Choose who to act as to see the tables.</Body1>}
      {api && catalogue && getToken && (
        <>
          <TablePicker
            catalogue={catalogue}
            insert={
              canUseWord
                ? async (key, query) => {
                    const table = await api.getTable(key, query);
                    await insertReportTable(table, snapshots).catch((error: unknown) => Promise.reject(wordError(error)));
                    return table;
                  }
                : undefined
            }
            download={(key, query) => downloadTableDocx(api, key, query)}
          />
          <DraftReport
            catalogue={catalogue}
            draft={
              canUseWord
                ? async (meetingId) => {
                    const tables = await loadSkeletonTables((key, query) => api.getTable(key, query), meetingId);
                    const meeting = chosenMeeting(catalogue, meetingId);
                    // Routed at the chosen meeting's date and forum, not at the next meeting each request could make.
                    const routed = meetingId ? await loadMeetingRoutes(api, meetingId, referencesIn(tables.pipeline)) : undefined;
                    const organisationName = me?.organisation.name ?? tables['action-plan']?.organisation.name ?? '';
                    await insertReportSkeleton(
                      { organisationName, ...(meeting ? { meeting: { ...meeting, ...(routed ? { forum: routed.forum } : {}) } } : {}), ...(routed ? { routes: routed.routes } : {}), tables },
                      snapshots,
                    ).catch((error: unknown) => Promise.reject(wordError(error)));
                  }
                : undefined
            }
          />
          <RefreshAll
            actions={
              canUseWord
                ? {
                    refresh: (onProgress, confirm) =>
                      refreshReportTables({ loadTable: ({ key, query }) => api.getTable(key, query), snapshots, detectTrackChanges: host.canDetectTrackChanges, onProgress, confirm }).catch(
                        (error: unknown) => Promise.reject(wordError(error)),
                      ),
                    publish: () => markReportPublished(snapshots).then((baseline) => baseline.publishedAt),
                    publishedAt: snapshots.readPublished()?.publishedAt,
                    relink: (tag) =>
                      relinkReportTable(tag, snapshots).then(
                        (result) => (result === 'relinked' ? 'Found and linked again: refresh to bring it up to date.' : 'Not found in the document: it was deleted.'),
                        (error: unknown) => Promise.reject(wordError(error)),
                      ),
                  }
                : undefined
            }
          />
        </>
      )}
    </main>
  );
}
