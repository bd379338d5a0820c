/**
 * @module ingest/chrome/fr
 * Site chrome of French-language news sites (see ./types.ts for the rules of entries).
 * Patterns are tested on folded text: lower case, no accents, punctuation as spaces.
 */
import type { ChromeRule } from './types.ts';

export const FR_CHROME: ChromeRule[] = [
  {
    id: 'fr.related',
    kind: 'related',
    phrases: [
      'Articles similaires', 'Articles liés', 'Articles associés', 'À lire aussi', 'À lire également', 'Lire aussi',
      'Lire également', 'Sur le même sujet', 'Sur le même thème', 'Dans la même rubrique', 'Vous aimerez aussi',
      'Vous pourriez aussi aimer', 'Ces articles peuvent vous intéresser', 'Les plus lus', 'Articles les plus lus',
      'Les plus partagés', 'Nos derniers articles', 'Derniers articles', 'À voir aussi', 'Voir aussi', 'En lien avec',
      'Dernières actualités',
    ],
    extra: 12,
  },
  {
    id: 'fr.comments',
    kind: 'comments',
    phrases: ['Commentaires', 'Laisser un commentaire', 'Ajouter un commentaire', 'Réagir', 'Réagissez', 'Vos réactions', 'Laisser une réponse'],
  },
  { id: 'fr.comments.count', kind: 'comments', pattern: /^\d+ (commentaire|commentaires|reaction|reactions)$/ },
  { id: 'fr.top', kind: 'top', phrases: ['Haut de page', 'Retour en haut', 'Retour en haut de page', 'Remonter', 'Aller en haut', 'Revenir en haut', 'Retour au début'], extra: 1 },
  { id: 'fr.share', kind: 'share', phrases: ['Partager', 'Partager cet article', 'Partagez', 'Partager sur', 'Envoyer par e-mail', 'Imprimer', 'Copier le lien', 'Lien copié'] },
  {
    id: 'fr.share.networks',
    kind: 'share',
    vocabulary: ['Facebook', 'Twitter', 'X', 'WhatsApp', 'Telegram', 'LinkedIn', 'E-mail', 'Email', 'Courriel', 'Imprimer', 'Messenger', 'Pinterest', 'Reddit', 'Flipboard', 'Bluesky', 'Threads'],
  },
  { id: 'fr.tags', kind: 'tags', phrases: ['Mots-clés', 'Mots clés', 'Étiquettes', 'Tags', 'Thèmes', 'Sujets', 'Thématiques', 'Rubriques'], extra: 30 },
  {
    id: 'fr.subscribe',
    kind: 'subscribe',
    phrases: ["S'abonner", 'Abonnez-vous', 'Inscrivez-vous', 'Newsletter', 'Recevez notre newsletter', 'Suivez-nous', 'Suivez-nous sur', 'Je m’abonne'],
    extra: 6,
  },
  { id: 'fr.cookie', kind: 'cookie', pattern: /\b(cookies?|traceurs)\b/, maxWords: 80 },
  { id: 'fr.copyright', kind: 'copyright', pattern: /tous droits reserves|droits de reproduction|reproduction interdite/, maxWords: 30 },
  {
    id: 'fr.nav',
    kind: 'nav',
    phrases: [
      'Accueil', 'Menu', 'Rechercher', 'Recherche', 'Fermer', 'Lire la suite', 'Lire plus', 'En savoir plus', 'Suivant',
      'Précédent', 'Article suivant', 'Article précédent', 'Se connecter', 'Connexion', "S'identifier", 'Aller au contenu',
      'Passer au contenu',
    ],
    extra: 1,
  },
  { id: 'fr.readtime', kind: 'readtime', pattern: /^((temps de )?lecture \d+ ?(min|mn|minutes?)|\d+ ?(min|mn|minutes?) de lecture)$/ },
  { id: 'fr.ad', kind: 'ad', phrases: ['Publicité', 'Contenu sponsorisé', 'Contenu partenaire'], extra: 0 },
  { id: 'fr.byline', kind: 'byline', phrases: ['Par', 'De notre correspondant', 'De notre correspondante', 'De notre envoyé spécial', 'Propos recueillis par', 'Rédaction'], extra: 8 },
  // Agency credits and sources name who reported: kept for the extractor.
  { id: 'fr.byline.credit', kind: 'byline', phrases: ['AFP', 'Avec AFP', 'Reuters', 'AP', 'APS', 'Agence France-Presse', 'Source', 'Sources'], extra: 4 },
  { id: 'fr.dateline', kind: 'dateline', phrases: ['Publié le', 'Publié', 'Mis à jour le', 'Mis à jour', 'Modifié le'], extra: 8 },
  { id: 'fr.dateline.ago', kind: 'dateline', pattern: /^il y a \d+ (min|minutes?|h|heures?|jours?)$/ },
  {
    id: 'fr.dateline.date',
    kind: 'dateline',
    pattern: /(^|\s)((\d{1,2}|1er) (janvier|janv|fevrier|fevr|mars|avril|avr|mai|juin|juillet|juil|aout|septembre|sept|octobre|oct|novembre|nov|decembre|dec) \d{4}|\d{1,2} \d{1,2} \d{4}|\d{4} \d{1,2} \d{1,2})(?=\s|$)/,
  },
];
