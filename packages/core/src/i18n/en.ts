import type { PluralMessage } from './message.js';

/**
 * English strings every element shares (actions, problems, saving, files).
 * Each element keeps its own strings in its package and merges them over
 * these with `withSharedStrings`. English is the reference: every other
 * language must have every key (TypeScript checks), with the same
 * {placeholders} (a test checks). Write for the people in the room: plain
 * words, no jargon, nothing cold.
 */
export const en = {
  'meta.intlLocale': 'en-GB',
  /** Month names, January first, separated by commas. */
  'date.months': 'January,February,March,April,May,June,July,August,September,October,November,December',
  'date.format': '{day} {month} {year}',
  /** The word before the last name in a list ("Sam, Ali and Jo"), and before a name starting with a vowel. */
  'list.and': 'and',
  'list.andBeforeVowel': 'and',
  'date.day': 'Day',
  'date.month': 'Month',
  'date.year': 'Year',

  // Shared actions
  'action.change': 'Change',
  'action.remove': 'Remove',
  'action.save': 'Save',
  'action.cancel': 'Cancel',
  'action.undo': 'Undo',
  'action.dismiss': 'Hide this message',
  /** The problems box's own button: not "Hide this message", which the Undo notice beside it has. */
  'action.dismissProblems': { one: 'Hide this problem', other: 'Hide these problems' } as PluralMessage,

  // Problems
  'error.heading': 'There is a problem',
  'error.headingLevel':
    '“{value}” can’t be used as a heading level: give a number from 1 to 6. Level 2 is used instead.',
  'error.prefix': 'Error:',
  'error.data': 'The page tried to load a session that isn’t in the right form, so we kept what was already here.',
  'error.change': 'That change couldn’t be saved, so we kept what was there before.',
  'error.file':
    '“{file}” can’t be opened here. It isn’t a copy saved from this tool, or it has been changed. Nothing on screen has changed.',
  'error.fileNewer':
    '“{file}” was made by a newer version of this tool, so it can’t be opened here. Nothing on screen has changed.',
  'error.fileTooBig': '“{file}” is too big to be a copy saved from this tool. Nothing on screen has changed.',
  'error.storageUnreadable':
    'We couldn’t read the session saved in this browser, so we started a fresh one. The old copy is kept safely in this browser, so it isn’t lost.',
  'error.storageUnreadableNotKept':
    'We couldn’t read the session saved in this browser. To keep it safe we won’t save over it, so download a copy to keep today’s work.',
  'error.storageNewer':
    'The session saved in this browser is from a newer version of this tool. We haven’t changed it. Download a copy to keep today’s work.',
  'error.storageFull':
    'This browser has run out of space to save the session. Your work is still on screen: download a copy to keep it.',
  'error.storageUnavailable':
    'This browser isn’t letting us save the session. Your work is still on screen: download a copy to keep it.',
  'error.duplicateName':
    '“{name}” is in the list of names twice. Each person needs a different name, so they are listed once.',
  'error.longName': 'A name in the list is too long. Names can be up to {max} letters, so it has been left out.',
  'error.unusableName': '“{name}” can’t be used as a name here, so it has been left out. Please write it another way.',
  'error.tooManyPeople': 'There are more than {max} names, so only the first {max} are shown.',
  'error.emptyItem': 'Enter what you want to add',
  /** When an element's words in another language (or in Easy Read) could not be loaded from beside the script. */
  'error.languageUnavailable':
    'We couldn’t load the words in {language}, so this is in English. Reloading the page may help.',
  'error.easyReadUnavailable':
    'We couldn’t load the Easy Read words, so the usual words are shown. Reloading the page may help.',
  /** When a part of an element fetched only when first needed (reading a spreadsheet) could not be fetched. */
  'error.partUnavailable':
    'We couldn’t load the part of this tool that does that, so nothing has changed. Check your internet connection and try again.',
  /** Each language but English by its name, for the message above. */
  'language.cy': 'Welsh',
  // People taking part (every element that has people)
  'people.empty': 'Nobody yet.',
  'people.add': 'Add a person',
  'people.addButton': 'Add person',
  'people.absent': 'Not here today',
  'people.absentStatus': 'not here today',
  'people.rename': 'Change name',
  'people.renameLabel': 'New name for {name}',
  'people.renameSave': 'Save the name',
  'error.emptyName': 'Enter a name',
  'error.nameUnusable': 'That name can’t be used here. Please write it another way',
  'error.nameTaken': 'That name is already in the list',
  'error.peopleFull': 'The list of people is full. Remove someone to add another.',
  'status.personAdded': 'Added {name}.',
  'status.personRemoved': 'Removed {name}. Anything they gave is kept if they are added again.',
  'status.personRenamed': '{from} is now called {to}.',
  'status.personAbsent': '{name} is not here today.',
  'status.personBack': '{name} is here today.',
  'tools.heading': 'Keep or share this session',
  'tools.savedHere': 'Everything is saved in this browser as you go.',
  'tools.notSaved': 'Nothing is saved in this browser. Download a copy to keep it.',
  'tools.downloadCopy': 'Download a copy',
  'tools.downloadSpreadsheet': 'Download as a spreadsheet',
  'tools.print': 'Print',
  'tools.open': 'Open a saved copy',
  'tools.openHint':
    'Choose a file you downloaded from here before. It replaces what is on screen, and you can undo it.',
  'csv.yes': 'Yes',
  'status.itemAdded': 'Added “{text}”.',
  'status.itemRemoved': 'Removed “{text}”.',
  'status.saved': 'Saved.',
  'status.opened': 'Opened “{file}”.',
  'status.undone': 'Undone.',
  'status.undoneKeptTheirs': 'Undone. Someone else changed part of this since, so their change was kept.',
  // A document shared with another tab, or in a live session
  /** A field changed both here and somewhere else (another tab, another device) at the same time. */
  'sync.conflict': 'This was also changed somewhere else while you were changing it. Yours is kept until you choose.',
  'sync.mine': 'Yours: “{value}”',
  'sync.theirs': 'Theirs: “{value}”',
  'action.keepMine': 'Keep mine',
  'action.useTheirs': 'Use theirs',
  'status.keptMine': 'Kept yours.',
  'status.usedTheirs': 'Used theirs.',
  'error.sharedRefused':
    'A change made somewhere else didn’t fit this session, so we left it out and kept what was here.',
  'error.changeRefused': 'The group’s copy did not take your last change, so this shows the group’s copy again.',
  'error.changesRefused':
    'The group’s copy keeps turning down changes from here. What you do is kept on this device. Ask the person leading the meeting.',
  'status.downloaded': 'Your download has started.',
};

/** The shape a translation of `E` must have: the same keys; plural messages stay plural. */
export type Strings<E> = { readonly [K in keyof E]: E[K] extends string ? string : PluralMessage };

/** The shape of every language's shared strings. */
export type SharedStrings = Strings<typeof en>;
