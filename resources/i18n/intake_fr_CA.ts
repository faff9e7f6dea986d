<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../intake_app/gui/editor/account.py" line="+40"/>
        <source>&amp;Move to identity section</source>
        <translation>&amp;Déplacer vers la section Identité</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>[phone]</source>
        <translation>[téléphone]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[e-mail]</source>
        <translation>[courriel]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[HKID]</source>
        <translation>[no HKID]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[passport number]</source>
        <translation>[no de passeport]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[UCI]</source>
        <translation>[IUC]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[name]</source>
        <translation>[nom]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[address]</source>
        <translation>[adresse]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[date of birth]</source>
        <translation>[date de naissance]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[identifier]</source>
        <translation>[identifiant]</translation>
    </message>
</context>
<context>
    <name>AccountSection</name>
    <message>
        <location line="+25"/>
        <source>Account</source>
        <translation>Récit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Account as told</source>
        <translation>Récit tel que raconté</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>English translation</source>
        <translation>Traduction anglaise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translated when</source>
        <translation>Date de la traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to identity section</source>
        <translation>&amp;Déplacer vers la section Identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to identity section</source>
        <translation>Déplacer vers la section Identité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the identifier at the cursor, or the selected text, to the identity ({keys})</source>
        <translation>Déplacer l’identifiant sous le curseur, ou le texte sélectionné, vers l’identité ({keys})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language o&amp;f the account</source>
        <translation>Langue du ré&amp;cit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Englis&amp;h translation</source>
        <translation>Traduction angla&amp;ise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translated by</source>
        <translation>Traduit par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translated (&amp;when)</source>
        <translation>Date de &amp;traduction</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Language of the account</source>
        <translation>Langue du récit</translation>
    </message>
</context>
<context>
    <name>CaptureGuard</name>
    <message>
        <location filename="../../intake_app/gui/privacy.py" line="+39"/>
        <source>Intake&apos;s windows are hidden from screenshots and screen sharing (on Windows 10 before version 2004 they show as black instead).</source>
        <translation>Les fenêtres d’Intake sont exclues des captures d’écran et du partage d’écran (sous Windows 10 avant la version 2004, elles apparaissent en noir).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Intake asks macOS to keep its windows out of screenshots and screen sharing; some recent capture tools ignore this request.</source>
        <translation>Intake demande à macOS d’exclure ses fenêtres des captures d’écran et du partage d’écran; certains outils de capture récents ignorent cette demande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On Linux no program can hide its windows from screenshots or screen sharing: anything on screen can be captured. Lock Intake before you share your screen.</source>
        <translation>Sous Linux, aucun programme ne peut soustraire ses fenêtres aux captures d’écran ou au partage d’écran&#xa0;: tout ce qui est à l’écran peut être capturé. Verrouillez Intake avant de partager votre écran.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../intake_app/gui/editor/editor.py" line="+69"/>
        <source>Case editor</source>
        <translation>Éditeur de dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Editor status</source>
        <translation>État de l’éditeur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passport and travel documents</source>
        <translation>Passeport et titres de voyage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs and referrals</source>
        <translation>Besoins et orientations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interview sessions</source>
        <translation>Séances d’entrevue</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Could not open the case: {reason}</source>
        <translation>Impossible d’ouvrir le dossier&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to save: open or create a case first.</source>
        <translation>Rien à enregistrer&#xa0;: ouvrez ou créez d’abord un dossier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>Not saved. {problem}</source>
        <translation>Non enregistré. {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Draft not kept. {problem}</source>
        <translation>Brouillon non conservé. {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft kept in the vault at {time}.</source>
        <translation>Brouillon conservé dans le coffre-fort à {time}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Moved to identity: {field}.</source>
        <translation>Déplacé vers l’identité&#xa0;: {field}.</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Alt+0; Alt+Y shows or hides</source>
        <translation>Alt+0; Alt+Y affiche ou masque</translation>
    </message>
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <location filename="../../intake_app/gui/case_list.py" line="+76"/>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym, case code, account, incidents…</source>
        <translation>Pseudonyme, code de dossier, récit, incidents…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Number of cases shown</source>
        <translation>Nombre de dossiers affichés</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Counting cases…</source>
        <translation>Décompte des dossiers…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing the newest {n} matches</source>
        <translation>Affichage des {n} résultats les plus récents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 match</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} matches</source>
        <translation>{n} résultats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 matching case</source>
        <translation>1 dossier correspondant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} matching cases</source>
        <translation>{n} dossiers correspondants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 case</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} cases</source>
        <translation>{n} dossiers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cases could not be listed: {reason}</source>
        <translation>Impossible d’afficher la liste des dossiers&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>CaseSection</name>
    <message>
        <location filename="../../intake_app/gui/editor/sections.py" line="+77"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required, e.g. Brave; never a real name</source>
        <translation>obligatoire, p. ex. Brave; jamais un vrai nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>assigned when the case is first saved</source>
        <translation>attribué au premier enregistrement du dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma-separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudony&amp;m</source>
        <translation>Pseudony&amp;me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case code</source>
        <translation>Code du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case stat&amp;us</source>
        <translation>Stat&amp;ut du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags</source>
        <translation>Ét&amp;iquettes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../intake_app/gui/case_model.py" line="+308"/>
        <source>Case code</source>
        <translation>Code du dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The case code</source>
        <translation>Le code du dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The name the case is recorded under</source>
        <translation>Le nom sous lequel le dossier est consigné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the case stands</source>
        <translation>Où en est le dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the case was last saved (local time)</source>
        <translation>Dernier enregistrement du dossier (heure locale)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ Passport: a passport or travel document is at risk. Needs: open needs.</source>
        <translation>⚠ Passeport&#xa0;: un passeport ou titre de voyage est à risque. Besoins&#xa0;: besoins ouverts.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>⚠ Passport</source>
        <translation>⚠ Passeport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 need</source>
        <translation>1 besoin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} needs</source>
        <translation>{n} besoins</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last updated {when}</source>
        <translation>Dernière mise à jour&#xa0;: {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passport or travel document at risk</source>
        <translation>Passeport ou titre de voyage à risque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 open need</source>
        <translation>1 besoin ouvert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} open needs</source>
        <translation>{n} besoins ouverts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No passport risk and no open needs</source>
        <translation>Aucun risque pour le passeport et aucun besoin ouvert</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../intake_app/gui/wizard_key_pages.py" line="+118"/>
        <source>Check the recovery key</source>
        <translation>Vérifier la clé de récupération</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of the key from what you wrote down, saved or printed: it shows the key was kept.</source>
        <translation>Tapez une partie de la clé à partir de ce que vous avez noté, enregistré ou imprimé&#xa0;: cela montre que la clé a été conservée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group of the recovery key</source>
        <translation>Groupe de la clé de récupération</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery key check</source>
        <translation>Vérification de la clé de récupération</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type &amp;group {number} of {count} of the recovery key (from the left):</source>
        <translation>Tapez le &amp;groupe {number} sur {count} de la clé de récupération (à partir de la gauche)&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group {number} of the recovery key</source>
        <translation>Groupe {number} de la clé de récupération</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That matches. Finish to start using Intake.</source>
        <translation>C’est exact. Terminez pour commencer à utiliser Intake.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That does not match. Go back to check the key.</source>
        <translation>Ce n’est pas exact. Revenez en arrière pour vérifier la clé.</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <location filename="../../intake_app/gui/editor/rows.py" line="+196"/>
        <source>Consent entry {number}</source>
        <translation>Consentement {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add consent entry</source>
        <translation>Ajouter un consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove consent entry</source>
        <translation>Retirer ce consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent recorded.</source>
        <translation>Aucun consentement consigné.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <location line="+2"/>
        <source>Given</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Withdrawn</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <location filename="../../intake_app/gui/editor/sections.py" line="+147"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep records until</source>
        <translation>Conserver les dossiers jusqu’au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep records until</source>
        <translation>&amp;Conserver les dossiers jusqu’au</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../intake_app/gui/controller.py" line="+88"/>
        <source>an unnamed case</source>
        <translation>un dossier sans nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes to {0} were kept from {1}. Restore them?</source>
        <translation>Des modifications non enregistrées de {0} ont été conservées le {1}. Les restaurer?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Intake locked the vault because it found damage: {0}. Nothing more was written. Restore the vault from a backup (see the administrator&apos;s guide).</source>
        <translation>Intake a verrouillé le coffre-fort parce qu’il y a détecté des dommages&#xa0;: {0}. Rien d’autre n’a été écrit. Restaurez le coffre-fort à partir d’une sauvegarde (voir le guide de l’administrateur).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vault damaged</source>
        <translation>Coffre-fort endommagé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore draft</source>
        <translation>Restaurer le brouillon</translation>
    </message>
</context>
<context>
    <name>DocumentRow</name>
    <message>
        <location filename="../../intake_app/gui/editor/rows.py" line="-137"/>
        <source>Travel document {number}</source>
        <translation>Titre de voyage {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add travel document</source>
        <translation>Ajouter un titre de voyage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove travel document</source>
        <translation>Retirer ce titre de voyage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No travel documents recorded.</source>
        <translation>Aucun titre de voyage consigné.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Expiry</source>
        <translation>Date d’expiration</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Renewal postponed</source>
        <translation>Renouvellement reporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fears arrest on return</source>
        <translation>Craint d’être arrêté au retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel document needed</source>
        <translation>Titre de voyage requis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../intake_app/gui/file_dialogs.py" line="+58"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../intake_app/gui/filters.py" line="+55"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case status filter</source>
        <translation>Filtre du statut du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incident kind filter</source>
        <translation>Filtre du type d’incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;port</source>
        <translation>Passe&amp;port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passport status filter</source>
        <translation>Filtre de l’état du passeport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open n&amp;eed</source>
        <translation>B&amp;esoin ouvert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open need filter</source>
        <translation>Filtre des besoins ouverts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tag filter</source>
        <translation>Filtre d’étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the tag filter</source>
        <translation>Effacer le filtre d’étiquette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;g</source>
        <translation>Éti&amp;quette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport at &amp;risk only</source>
        <translation>Passeport à &amp;risque seulement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only cases with a passport at risk</source>
        <translation>N’afficher que les dossiers dont le passeport est à risque</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <location filename="../../intake_app/gui/wizard.py" line="+60"/>
        <source>Where to keep the vault</source>
        <translation>Emplacement du coffre-fort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intake keeps everything it records in one encrypted folder on this computer. Keep the suggested folder, or choose an empty one.</source>
        <translation>Intake conserve tout ce qu’il consigne dans un dossier chiffré sur cet ordinateur. Gardez le dossier suggéré ou choisissez-en un vide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault folder</source>
        <translation>Dossier du coffre-fort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the vault folder</source>
        <translation>Choisir le dossier du coffre-fort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder problem</source>
        <translation>Problème de dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault &amp;folder:</source>
        <translation>&amp;Dossier du coffre-fort&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A vault already exists in this folder. Choose another folder, or cancel and start Intake again to unlock that vault.</source>
        <translation>Un coffre-fort existe déjà dans ce dossier. Choisissez un autre dossier, ou annulez et relancez Intake pour déverrouiller ce coffre-fort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder is not empty: choose an empty folder for a new vault.</source>
        <translation>Ce dossier n’est pas vide&#xa0;: choisissez un dossier vide pour un nouveau coffre-fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intake cannot use this folder: {reason}</source>
        <translation>Intake ne peut pas utiliser ce dossier&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose an empty folder for the vault</source>
        <translation>Choisissez un dossier vide pour le coffre-fort</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <location filename="../../intake_app/gui/editor/identity.py" line="+35"/>
        <source>Identity (protected)</source>
        <translation>Identité (protégée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the identity</source>
        <translation>Afficher ou masquer l’identité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifying details stay hidden until shown, and hide again when you move on</source>
        <translation>Les renseignements identificatoires restent masqués jusqu’à ce que vous les affichiez, et se masquent de nouveau quand vous passez à autre chose</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+67"/>
        <source>Hidden. Never exported.</source>
        <translation>Masquée. Jamais exportée.</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+13"/>
        <source>Legal name</source>
        <translation>Nom légal</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Chinese name</source>
        <translation>Nom chinois</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Other names, one a line</source>
        <translation>Autres noms, un par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Phone numbers, one a line</source>
        <translation>Numéros de téléphone, un par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail addresses, one a line</source>
        <translation>Adresses courriel, une par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses, one a line</source>
        <translation>Adresses, une par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+130"/>
        <source>HKID</source>
        <translation>No HKID</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Passport numbers, one a line</source>
        <translation>Numéros de passeport, un par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UCI (IRCC client ID)</source>
        <translation>IUC (identificateur de client d’IRCC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other identifiers, one a line</source>
        <translation>Autres identifiants, un par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity notes</source>
        <translation>Notes sur l’identité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport numbers</source>
        <translation>Numéros de passeport</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <source>UCI</source>
        <translation>IUC</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Other IDs</source>
        <translation>Autres identifiants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show identit&amp;y</source>
        <translation>Afficher l’identit&amp;é</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide identit&amp;y</source>
        <translation>Masquer l’identit&amp;é</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shown. Hides again when you move on. Never exported.</source>
        <translation>Affichée. Se masque de nouveau quand vous passez à autre chose. Jamais exportée.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>phones</source>
        <translation>téléphones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e-mails</source>
        <translation>courriels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>passport numbers</source>
        <translation>numéros de passeport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>addresses</source>
        <translation>adresses</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>other names</source>
        <translation>autres noms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other IDs</source>
        <translation>autres identifiants</translation>
    </message>
</context>
<context>
    <name>IncidentRow</name>
    <message>
        <location filename="../../intake_app/gui/editor/rows.py" line="-71"/>
        <source>Incident {number}</source>
        <translation>Incident {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add incident</source>
        <translation>Ajouter un incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove incident</source>
        <translation>Retirer cet incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No incidents recorded.</source>
        <translation>Aucun incident consigné.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where (a city or online)</source>
        <translation>Lieu (une ville ou en ligne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By whom</source>
        <translation>Par qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported to police</source>
        <translation>Signalé à la police</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police report number</source>
        <translation>Numéro du rapport de police</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../intake_app/gui/wizard_key_pages.py" line="-139"/>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the passphrase is ever forgotten, this key is the only way into the vault. It is shown only now: write it down, save it to a USB stick or print it, and keep it away from this laptop.</source>
        <translation>Si la phrase de passe est oubliée, cette clé est le seul moyen d’ouvrir le coffre-fort. Elle n’est affichée que maintenant&#xa0;: notez-la, enregistrez-la sur une clé USB ou imprimez-la, et gardez-la loin de cet ordinateur portable.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating the encrypted vault…</source>
        <translation>Création du coffre-fort chiffré…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating the vault</source>
        <translation>Création du coffre-fort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as file…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery key as a file</source>
        <translation>Enregistrer la clé de récupération dans un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The computer&apos;s print queue may keep a copy of the page for a while.</source>
        <translation>La file d’impression de l’ordinateur peut garder une copie de la page pendant un certain temps.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery key status</source>
        <translation>État de la clé de récupération</translation>
    </message>
</context>
<context>
    <name>KeyPrinter</name>
    <message>
        <location filename="../../intake_app/gui/recovery_output.py" line="+24"/>
        <source>Intake recovery key</source>
        <translation>Clé de récupération d’Intake</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This key opens the Intake vault if its passphrase is forgotten. Keep it somewhere safe, away from the laptop: anyone who has both this key and the vault folder can read the cases.</source>
        <translation>Cette clé ouvre le coffre-fort d’Intake si sa phrase de passe est oubliée. Gardez-la en lieu sûr, loin de l’ordinateur portable&#xa0;: quiconque possède à la fois cette clé et le dossier du coffre-fort peut lire les dossiers.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not save the file: {reason}</source>
        <translation>Impossible d’enregistrer le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not start printing: check the printer and try again.</source>
        <translation>Impossible de lancer l’impression&#xa0;: vérifiez l’imprimante et réessayez.</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <location filename="../../intake_app/gui/editor/widgets.py" line="+140"/>
        <source>— not known —</source>
        <translation>— inconnue —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cantonese (yue)</source>
        <translation>Cantonais (yue)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandarin (cmn)</source>
        <translation>Mandarin (cmn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese, traditional script (zh-Hant)</source>
        <translation>Chinois, écriture traditionnelle (zh-Hant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English (en)</source>
        <translation>Anglais (en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French (fr)</source>
        <translation>Français (fr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hakka (hak)</source>
        <translation>Hakka (hak)</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../intake_app/gui/lock.py" line="+217"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../intake_app/gui/main_window.py" line="+106"/>
        <source>Select a case</source>
        <translation>Sélectionnez un dossier</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the case</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find cases</source>
        <translation>&amp;Trouver des dossiers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock the vault now</source>
        <translation>Verrouiller le coffre-fort maintenant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Panic: lock and hide</source>
        <translation>&amp;Urgence&#xa0;: verrouiller et masquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the vault and hide the window at once</source>
        <translation>Verrouiller le coffre-fort et masquer la fenêtre immédiatement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock and quit</source>
        <translation>Verrouiller et quitter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre-fort</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault state</source>
        <translation>État du coffre-fort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time until the vault locks itself</source>
        <translation>Temps avant le verrouillage automatique du coffre-fort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Auto-lock off</source>
        <translation>Verrouillage automatique désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locks in {time}</source>
        <translation>Verrouillage dans {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Settings are not available yet.</source>
        <translation>Les paramètres ne sont pas encore disponibles.</translation>
    </message>
</context>
<context>
    <name>NeedRow</name>
    <message>
        <location filename="../../intake_app/gui/editor/rows.py" line="+98"/>
        <source>Need {number}</source>
        <translation>Besoin {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add need</source>
        <translation>Ajouter un besoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove need</source>
        <translation>Retirer ce besoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No needs recorded.</source>
        <translation>Aucun besoin consigné.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to</source>
        <translation>Orienté vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Referral date</source>
        <translation>Date de l’orientation</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <location filename="../../intake_app/gui/passphrase.py" line="+143"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong</source>
        <translation>Très forte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Common words and passwords are easy to guess.</source>
        <translation>Les mots et mots de passe courants sont faciles à deviner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard patterns such as qwerty are easy to guess.</source>
        <translation>Les suites de touches comme qwerty sont faciles à deviner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeated characters or words are easy to guess.</source>
        <translation>Les caractères ou mots répétés sont faciles à deviner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequences such as abc or 6543 are easy to guess.</source>
        <translation>Les suites comme abc ou 6543 sont faciles à deviner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years and dates are easy to guess.</source>
        <translation>Les années et les dates sont faciles à deviner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another uncommon word or two.</source>
        <translation>Ajoutez un ou deux autres mots peu courants.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength advice</source>
        <translation>Conseils de robustesse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the passphrase is not accepted yet</source>
        <translation>Pourquoi la phrase de passe n’est pas encore acceptée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Strength:</source>
        <translation>Robustesse&#xa0;:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a passphrase: several uncommon words are easy to type and remember.</source>
        <translation>Choisissez une phrase de passe&#xa0;: plusieurs mots peu courants sont faciles à taper et à retenir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use at least {count} characters.</source>
        <translation>Utilisez au moins {count} caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too easy to guess: choose a stronger passphrase.</source>
        <translation>Trop facile à deviner&#xa0;: choisissez une phrase de passe plus robuste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the passphrase again to confirm it.</source>
        <translation>Tapez de nouveau la phrase de passe pour la confirmer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases do not match.</source>
        <translation>Les deux phrases de passe ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../intake_app/gui/editor/partial_date.py" line="+80"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date precision</source>
        <translation>Précision de la date</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>is not a date like {examples}</source>
        <translation>n’est pas une date comme {examples}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not a real date</source>
        <translation>date inexistante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unfinished</source>
        <translation>incomplète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year and month</source>
        <translation>année et mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full date</source>
        <translation>date complète</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{state}. A year, a month or a day: {examples}</source>
        <translation>{state}. Une année, un mois ou un jour&#xa0;: {examples}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../intake_app/gui/passphrase.py" line="-135"/>
        <source>Hide what you typed</source>
        <translation>Masquer ce que vous avez tapé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide what you typed (Ctrl+H)</source>
        <translation>Masquer ce que vous avez tapé (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what you typed</source>
        <translation>Afficher ce que vous avez tapé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show what you typed (Ctrl+H)</source>
        <translation>Afficher ce que vous avez tapé (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Caps Lock is on</source>
        <translation>Le verrouillage des majuscules est activé</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../intake_app/gui/wizard.py" line="+21"/>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You will type it each time you unlock Intake. Several uncommon words are easy to remember and hard to guess. No one can reset it: if it is forgotten, only the recovery key shown next opens the vault.</source>
        <translation>Vous la taperez chaque fois que vous déverrouillerez Intake. Plusieurs mots peu courants sont faciles à retenir et difficiles à deviner. Personne ne peut la réinitialiser&#xa0;: si elle est oubliée, seule la clé de récupération affichée ensuite ouvre le coffre-fort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;reate vault</source>
        <translation>C&amp;réer le coffre-fort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;epeat passphrase:</source>
        <translation>R&amp;épéter la phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the vault was not created</source>
        <translation>Pourquoi le coffre-fort n’a pas été créé</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <location filename="../../intake_app/gui/editor/sections.py" line="-141"/>
        <source>Anonymised profile</source>
        <translation>Profil anonymisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as the person describes it</source>
        <translation>tel que la personne le décrit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>language tags, comma-separated: yue, en</source>
        <translation>codes de langue, séparés par des virgules&#xa0;: yue, en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age &amp;band</source>
        <translation>&amp;Tranche d’âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Arrival year</source>
        <translation>Année d’arrivée</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;ovince or territory</source>
        <translation>Pr&amp;ovince ou territoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a year from 1900 to 2100</source>
        <translation>doit être une année de 1900 à 2100</translation>
    </message>
</context>
<context>
    <name>RecordRow</name>
    <message>
        <location filename="../../intake_app/gui/editor/repeatable.py" line="+86"/>
        <source>{action}: {row}</source>
        <translation>{action}&#xa0;: {row}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{row}: {field}</source>
        <translation>{row}&#xa0;: {field}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{row}, {field}</source>
        <translation>{row}, {field}</translation>
    </message>
</context>
<context>
    <name>RepeatableList</name>
    <message>
        <location line="+48"/>
        <source>Ctrl+Shift+N adds a row here; Ctrl+Shift+Delete removes the row you are in</source>
        <translation>Ctrl+Shift+N ajoute une ligne ici; Ctrl+Shift+Delete retire la ligne où vous êtes</translation>
    </message>
</context>
<context>
    <name>ScreenLockWatcher</name>
    <message>
        <location filename="../../intake_app/gui/screen_lock.py" line="+80"/>
        <source>Locking on screen lock and sleep is not yet available on this platform.</source>
        <translation>Le verrouillage lors du verrouillage de l’écran ou de la mise en veille n’est pas encore offert sur cette plateforme.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No D-Bus connection: Intake cannot tell when the screen locks or the computer sleeps, so only the idle timer and the lock shortcuts work.</source>
        <translation>Aucune connexion D-Bus&#xa0;: Intake ne peut pas savoir quand l’écran se verrouille ou quand l’ordinateur se met en veille; seuls la minuterie d’inactivité et les raccourcis de verrouillage fonctionnent.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Intake locks when the screen locks or the computer sleeps.</source>
        <translation>Intake se verrouille quand l’écran se verrouille ou que l’ordinateur se met en veille.</translation>
    </message>
</context>
<context>
    <name>SessionRow</name>
    <message>
        <location filename="../../intake_app/gui/editor/rows.py" line="+82"/>
        <source>Interview session {number}</source>
        <translation>Séance d’entrevue {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add interview session</source>
        <translation>Ajouter une séance d’entrevue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove interview session</source>
        <translation>Retirer cette séance d’entrevue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interview sessions recorded.</source>
        <translation>Aucune séance d’entrevue consignée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+34"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Kind of place</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. church hall, café, phone</source>
        <translation>p. ex. salle paroissiale, café, téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer (initials)</source>
        <translation>Intervieweur (initiales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter present</source>
        <translation>Interprète présent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>must be minutes from 0 to 1440</source>
        <translation>doit être entre 0 et 1440 minutes</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../intake_app/gui/settings_dialog.py" line="+64"/>
        <source>Re-calibrate key derivation</source>
        <translation>Recalibrer la dérivation de clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current &amp;passphrase:</source>
        <translation>&amp;Phrase de passe actuelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Argon2id: {memory} of memory, {passes} passes, {lanes} lanes</source>
        <translation>Argon2id&#xa0;: {memory} de mémoire, {passes} passes, {lanes} voies</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+1"/>
        <location line="+123"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Locking and language</source>
        <translation>Verrouillage et langue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after this many idle minutes</source>
        <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock after idle time:</source>
        <translation>&amp;Verrouiller après une inactivité de&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear copied text after this many seconds</source>
        <translation>Effacer le texte copié après ce nombre de secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear copied text after:</source>
        <translation>&amp;Effacer le texte copié après&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock when the &amp;screen locks or the computer sleeps</source>
        <translation>Verrouiller quand l’é&amp;cran se verrouille ou que l’ordinateur se met en veille</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Verrouiller quand l’écran se verrouille ou que l’ordinateur se met en veille</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Key-derivation strength</source>
        <translation>Robustesse de la dérivation de clé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current key-derivation cost</source>
        <translation>Coût actuel de la dérivation de clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current cost:</source>
        <translation>Coût actuel&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-calibrate…</source>
        <translation>&amp;Recalibrer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-calibrate the key derivation for this computer</source>
        <translation>Recalibrer la dérivation de clé pour cet ordinateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Measuring this computer</source>
        <translation>Mesure de cet ordinateur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Screen capture</source>
        <translation>Capture d’écran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screen capture protection</source>
        <translation>Protection contre la capture d’écran</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(unlock the vault to see it)</source>
        <translation>(déverrouillez le coffre-fort pour le voir)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The settings could not be saved.</source>
        <translation>Impossible d’enregistrer les paramètres.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Measuring this computer; this takes a few seconds…</source>
        <translation>Mesure de cet ordinateur; cela prend quelques secondes…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done: the passphrase now unlocks with the new cost shown above.</source>
        <translation>Terminé&#xa0;: la phrase de passe déverrouille maintenant avec le nouveau coût affiché ci-dessus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not changed: {reason}</source>
        <translation>Non modifié&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../intake_app/gui/wizard.py" line="+55"/>
        <source>Intake – set-up</source>
        <translation>Intake – configuration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reate vault</source>
        <translation>C&amp;réer le coffre-fort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create vault</source>
        <translation>Créer le coffre-fort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The vault was not created: {reason}</source>
        <translation>Le coffre-fort n’a pas été créé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved to {name}. Move it away from this laptop.</source>
        <translation>Enregistrée dans {name}. Éloignez-la de cet ordinateur portable.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l’imprimante.</translation>
    </message>
</context>
<context>
    <name>StatusSection</name>
    <message>
        <location filename="../../intake_app/gui/editor/sections.py" line="+10"/>
        <source>Status in Canada</source>
        <translation>Statut au Canada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status since</source>
        <translation>Statut depuis le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. asylum claim, permanent residence</source>
        <translation>p. ex. demande d’asile, résidence permanente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status in Cana&amp;da</source>
        <translation>Statut au Cana&amp;da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending application</source>
        <translation>Demande en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status notes</source>
        <translation>Notes sur le statut</translation>
    </message>
</context>
<context>
    <name>TriStateCombo</name>
    <message>
        <location filename="../../intake_app/gui/editor/widgets.py" line="-31"/>
        <source>— not known —</source>
        <translation>— inconnue —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../intake_app/gui/unlock.py" line="+78"/>
        <source>Intake – locked</source>
        <translation>Intake – verrouillé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intake is locked</source>
        <translation>Intake est verrouillé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use &amp;recovery key…</source>
        <translation>Utiliser la clé de &amp;récupération…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the recovery key</source>
        <translation>Utiliser la clé de récupération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the recovery key you saved or printed at set-up, then choose a new passphrase. The old passphrase stops working.</source>
        <translation>Tapez la clé de récupération enregistrée ou imprimée lors de la configuration, puis choisissez une nouvelle phrase de passe. L’ancienne phrase de passe ne fonctionnera plus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clé de récupération&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;epeat new passphrase:</source>
        <translation>R&amp;épéter la nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set passphrase and unlock</source>
        <translation>&amp;Définir la phrase de passe et déverrouiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the new passphrase and unlock</source>
        <translation>Définir la nouvelle phrase de passe et déverrouiller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the passphrase</source>
        <translation>Revenir à la phrase de passe</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock problem</source>
        <translation>Problème de déverrouillage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait before trying again</source>
        <translation>Attendez avant de réessayer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Intake cannot read the vault: {reason}</source>
        <translation>Intake ne peut pas lire le coffre-fort&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Try again in {seconds} s</source>
        <translation>Réessayez dans {seconds} s</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Wrong passphrase.</source>
        <translation>Phrase de passe incorrecte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong recovery key.</source>
        <translation>Clé de récupération incorrecte.</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <location filename="../../intake_app/gui/editor/widgets.py" line="-25"/>
        <source>— not known —</source>
        <translation>— inconnue —</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../intake_app/gui/worker.py" line="+35"/>
        <source>Unexpected error ({kind}); please try again.</source>
        <translation>Erreur inattendue ({kind}); veuillez réessayer.</translation>
    </message>
</context>
</TS>
