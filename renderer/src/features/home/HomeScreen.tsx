import { useTranslation } from 'react-i18next';
import { ShortcutsButton } from '../actions/ShortcutsHelp';
import { BackupsButton } from '../backup/BackupsButton';
import { BackupStatusNote } from '../backup/BackupStatusNote';
import { HomeFileActions } from '../files/HomeFileActions';
import { LanguageSwitch } from '../settings/LanguageSwitch';
import { StoragePersistence } from '../settings/StoragePersistence';
import { CreateWorkshopForm } from './CreateWorkshopForm';
import { WorkshopList } from './WorkshopList';

type Props = { onOpen: (workshopId: string) => void; onOpenBackups: () => void };

/** The start screen: the workshops on this machine and a form to create one. */
export function HomeScreen({ onOpen, onOpenBackups }: Props) {
  const { t } = useTranslation();
  return (
    <div className="home">
      <header className="app-header">
        <div>
          <h1>{t('app.name')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <BackupsButton onClick={onOpenBackups} />
        <ShortcutsButton />
        <LanguageSwitch />
      </header>
      <main className="home-main">
        <section aria-labelledby="workshops-heading" className="home-list">
          <h2 id="workshops-heading">{t('home.heading')}</h2>
          <HomeFileActions />
          <WorkshopList onOpen={onOpen} />
        </section>
        <section aria-labelledby="create-heading" className="home-create">
          <h2 id="create-heading">{t('home.createHeading')}</h2>
          <CreateWorkshopForm onCreated={onOpen} />
        </section>
      </main>
      <footer className="home-footer">
        <StoragePersistence />
        <BackupStatusNote />
      </footer>
    </div>
  );
}
