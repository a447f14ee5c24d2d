// Quotations in French, German, Spanish and Italian: their verbs of saying, auxiliaries, inverted pronouns and
// "according to" phrases, read only in clips of that language.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../electron/text/quotes';

const body = (...paragraphs: string[]): string => paragraphs.join('\n\n');
const speakers = (text: string, language: string): (string | null)[] => extractQuotes(text, { language }).map((q) => q.speaker);

describe('extractQuotes abroad', () => {
  it('reads French cues: the verb after its auxiliary, "a-t-elle ajouté", a subject before the verb, "selon"', () => {
    const text = body(
      'La ministre Claire Vasseur a présenté mardi son plan pour les ports.',
      '« Les quais seront rénovés avant l’été », a déclaré Claire Vasseur devant les élus.',
      '« Personne ne sera oublié », a-t-elle ajouté.',
      'Le syndicaliste Paul Garnier a répondu : « Nous attendons des actes. »',
      'Selon Hugo Lefèvre, « le calendrier est intenable ».',
    );
    expect(speakers(text, 'fr')).toEqual(['Claire Vasseur', 'Claire Vasseur', 'Paul Garnier', 'Hugo Lefèvre']);
    expect(extractQuotes(text, { language: 'fr' })[1]).toMatchObject({ mention: 'elle', cue: 'a-t-elle ajouté' });
  });

  it('ends a speaker after the verb at a preposition of the clip\'s language, and reads hyphenated and feminine titles', () => {
    const de = body(
      'Der Bundestag hat die Reform beschlossen.',
      '„Das ist ein guter Tag“, sagte Bauministerin Klara Wendel im Plenum.',
      '„Damit wird niemandem geholfen“, sagte der CDU-Abgeordnete Jan-Marco Lutz.',
    );
    expect(speakers(de, 'de')).toEqual(['Klara Wendel', 'Jan-Marco Lutz']);
    expect(extractQuotes(de, { language: 'de' })[1]?.role).toBe('der CDU-Abgeordnete');
    const it = body(
      'Il governo ha approvato la manovra.',
      '«È una manovra prudente», ha detto la presidente del Consiglio Giulia Sereni in conferenza stampa.',
      '«Nessun aiuto per i salari», ha commentato la segretaria del partito Elena Ruspoli.',
    );
    expect(speakers(it, 'it')).toEqual(['Giulia Sereni', 'Elena Ruspoli']);
  });

  it('reads German cues and strips a compound title from the name', () => {
    const text = body(
      'Verkehrsministerin Jana Albrecht hat am Montag neue Züge vorgestellt.',
      '„Die Strecke wird schneller“, sagte Albrecht in Kassel.',
      '„Das kostet Geld“, fügte sie hinzu.',
      'Laut Tobias Wendt ist „der Plan zu teuer“.',
    );
    expect(speakers(text, 'de')).toEqual(['Jana Albrecht', 'Jana Albrecht', 'Tobias Wendt']);
    expect(extractQuotes(text, { language: 'de' })[0]?.role).toBe('Verkehrsministerin');
  });

  it('reads Spanish and Italian cues', () => {
    const es = body('La alcaldesa Lucía Ferrer inauguró el puente.', '"Es un día histórico", dijo Ferrer.', '"Llegó tarde", aseguró Andrés Molina.');
    expect(speakers(es, 'es')).toEqual(['Lucía Ferrer', 'Andrés Molina']);
    const it_ = body('Il sindaco Paolo Gentile ha visitato il cantiere.', '«I lavori finiranno a maggio», ha detto Gentile.', 'Secondo Marta Ricci, «i costi sono raddoppiati».');
    expect(speakers(it_, 'it')).toEqual(['Paolo Gentile', 'Marta Ricci']);
  });

  it('leaves the institution of an office out of the holder’s name ("presidente del Consiglio", "ministre de l’Intérieur")', () => {
    const it_ = body('Il presidente del Consiglio Carlo Neri ha incontrato i sindacati.', '«Troveremo un accordo», ha detto Neri.');
    expect(speakers(it_, 'it')).toEqual(['Carlo Neri']);
    const fr = body('Le ministre de l’Intérieur Julien Morel était à Lyon.', '« La sécurité sera renforcée », a déclaré Julien Morel.');
    expect(speakers(fr, 'fr')).toEqual(['Julien Morel']);
    // an institution that is the whole name stays one
    const es = body('La Universidad de Buenos Aires Central abrió sus puertas.', '"Es un gran día", dijo la rectora.');
    expect(extractQuotes(es, { language: 'es' }).map((q) => q.speaker)).not.toContain('Aires Central');
  });

  it('reads a described speaker after an article or possessive, and the name set beside it', () => {
    const text = body(
      'Le syndicat des pilotes appelle à la grève.',
      '« Les horaires sont intenables », affirme son secrétaire général, Marc Delorme.',
      '« Nous verrons », a précisé une porte-parole.',
    );
    const [named, unnamed] = extractQuotes(text, { language: 'fr' });
    expect(named).toMatchObject({ speaker: 'Marc Delorme', role: 'son secrétaire général' });
    expect(unnamed).toMatchObject({ speaker: null, mention: 'une porte-parole' });
  });

  it('reads each language’s own verbs and pronouns: in Italian, "il brand" is no speaker and no verb', () => {
    const text = body('Il regista Marco Bassi presenta il film.', 'Lo studio vuole sfruttare il brand «Notte di vento» ancora a lungo.');
    expect(extractQuotes(text, { language: 'it' }).every((q) => q.mention !== 'il')).toBe(true);
    // a French verb is no cue in an English clip; a clip of another language reads every list
    const mixed = body('Mayor Anna Roy spoke.', '“We will rebuild,” a déclaré Anna Roy.');
    expect(extractQuotes(mixed, { language: 'en' })[0]?.cue).toBeNull();
    expect(extractQuotes(mixed, { language: 'pt' })[0]?.cue).toBe('a déclaré Anna Roy');
  });
});
