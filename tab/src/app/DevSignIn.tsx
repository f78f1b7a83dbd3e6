import { Body1, Button, Caption1, Card, CardHeader, makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import type { DevUser } from '../api/api-types';

const useStyles = makeStyles({
  page: { padding: '24px', maxWidth: '960px' },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: '12px', listStyleType: 'none', padding: 0 },
  org: { marginTop: '16px' },
  roles: { color: tokens.colorNeutralForeground2 },
});

/** Local sign-in (AUTH_MODE=dev): pick a demo person to act as. */
export function DevSignIn({ users, onChoose }: { users: DevUser[]; onChoose: (userId: string) => void }) {
  const styles = useStyles();
  const organisations = [...new Map(users.map((user) => [user.organisation.id, user.organisation.name])).entries()];
  return (
    <main className={styles.page}>
      <Title2 as="h1" block>Entrance Hall – choose who to act as</Title2>
      <Body1 as="p" block>This is a local copy of Entrance Hall with demo data. In Teams you are signed in as yourself.</Body1>
      {organisations.map(([organisationId, organisationName]) => (
        <section key={organisationId} className={styles.org} aria-labelledby={`org-${organisationId}`}>
          <Text as="h2" block size={500} weight="semibold" id={`org-${organisationId}`}>
            {organisationName}
          </Text>
          <ul className={styles.grid}>
            {users
              .filter((user) => user.organisation.id === organisationId)
              .map((user) => (
                <li key={user.id}>
                  <Card>
                    <CardHeader
                      header={<Text weight="semibold">{user.name}</Text>}
                      description={<Caption1>{[user.jobTitle, user.department].filter(Boolean).join(', ')}</Caption1>}
                    />
                    <Caption1 className={styles.roles}>{user.roles.map((role) => role.label).join(', ')}</Caption1>
                    <Button appearance="primary" onClick={() => onChoose(user.id)} aria-label={`Act as ${user.name}, ${user.roles.map((role) => role.label).join(', ')}`}>
                      Act as {user.name}
                    </Button>
                  </Card>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
