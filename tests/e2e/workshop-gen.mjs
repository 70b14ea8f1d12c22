// Generates valid `.querwerk.json` workshops of a given size, for the bench and for load tests.
import { randomUUID } from 'node:crypto';

const zones = [['says', 'Sagt', 'Says'], ['thinks', 'Denkt', 'Thinks'], ['does', 'Tut', 'Does'], ['feels', 'Fühlt', 'Feels']];
const colours = ['yellow', 'orange', 'pink', 'green', 'blue', 'lilac', 'grey'];
const words = 'Kundschaft Öffnungszeiten Lieferdienst Vereinsheim Bürgeramt Werkstatt Ausstellung Förderung Ehrenamt Bäckerei Gemeinde Zukunft digital gemeinsam'.split(' ');

function text(i, length) {
  let out = `Notiz ${i}:`;
  while (out.length < length) out += ` ${words[(i * 7 + out.length) % words.length]}`;
  return out.slice(0, length);
}

/** A workshop with `boards` empathy-map boards of `notesPerBoard` notes with texts of `textLength` chars;
 * with `voters` members, the first board has a dot vote running for them. */
export function workshop({ title = 'Lasttest', boards = 1, notesPerBoard = 1000, textLength = 60, voters = 0 }) {
  const t = Date.UTC(2026, 10, 1);
  let n = 0;
  const members = Array.from({ length: voters }, (_, i) => ({ id: randomUUID(), name: `Person ${i + 1}`, updated: t }));
  const voting = voters
    ? { dotsEach: 5, voters: members.map((m) => ({ member: m.id, dots: [], done: false })), revealed: false, updated: t }
    : undefined;
  return {
    format: 'querwerk',
    formatVersion: 1,
    appVersion: '0.1.0',
    exportedAt: new Date(t).toISOString(),
    workshop: {
      id: randomUUID(),
      title,
      question: 'Wie könnten wir mehr Menschen im Dorf erreichen?',
      members,
      created: t,
      updated: t,
      boards: Array.from({ length: boards }, (_, b) => ({
        id: randomUUID(),
        method: 'empathy-map',
        title: `Empathy Map ${b + 1}`,
        zones: zones.map(([key, de, en]) => ({ key, label: { de, en } })),
        clusters: [],
        ...(b === 0 && voting ? { voting } : {}),
        created: t,
        updated: t,
        deleted: false,
        notes: Array.from({ length: notesPerBoard }, (_, i) => ({
          id: randomUUID(),
          text: text(n++, textLength),
          colour: colours[i % colours.length],
          zone: zones[i % zones.length][0],
          order: i + 1,
          created: t,
          updated: t,
          deleted: false,
        })),
      })),
    },
  };
}
