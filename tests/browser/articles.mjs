// Invented articles the upload scenarios add; written fresh into a temp folder per run.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

export const HAWIJA = {
  file: 'hawija_roadside_bomb.txt',
  title: 'Roadside bomb kills two federal policemen near Hawija',
  text: `2023-03-15 - source: Rudaw
Roadside bomb kills two federal policemen near Hawija

KIRKUK (Rudaw) \u2013 Two federal police officers were killed and three others were wounded when a roadside bomb struck their patrol near Hawija, west of Kirkuk, on Tuesday, a police source said.

The patrol was returning from a search operation in the Wadi al-Shay valley, an area where Islamic State cells still hide in orchards and caves, the source added.

No group has claimed the attack. The wounded officers were taken to Kirkuk General Hospital, where one of them is in critical condition.
`,
};

// Markup in a plain-text article must reach the page as text: the title carries an <img onerror> and the body a <script>.
export const SCRIPT_TAG = '<script>window.__xss = 1</script>';
export const IMG_TAG = '<img src=x onerror="window.__xss = 2">';
export const TUZ = {
  file: 'tuz_checkpoint_attack.txt',
  title: `Gunmen attack army checkpoint near Tuz Khurmatu ${IMG_TAG}`,
  text: `2023-04-02 - source: Shafaq News
Gunmen attack army checkpoint near Tuz Khurmatu ${IMG_TAG}

TUZ KHURMATU (Shafaq News) \u2013 Gunmen killed four Iraqi soldiers and wounded two in an attack on an army checkpoint near Tuz Khurmatu on Saturday night, a security source said.

Hours after the attack, a website sympathetic to the militants posted a claim that carried hidden code, ${SCRIPT_TAG}, which security researchers said was meant to track visitors.

The army sent reinforcements to the area and began a search of nearby villages.
`,
};

/** Write the article into `dir`; returns the file's path. */
export function writeArticle(dir, article) {
  const file = path.join(dir, article.file);
  writeFileSync(file, article.text, 'utf8');
  return file;
}
