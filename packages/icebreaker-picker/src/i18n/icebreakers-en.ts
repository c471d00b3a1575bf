/**
 * The built-in icebreakers' words, in English. Each one's facts (time, where
 * it works, what it needs) are in built-ins.ts, under the same id. Every
 * other language has the same ids and the same parts (TypeScript checks) and
 * the same number of steps (a test checks).
 *
 * Write for the people in the room: light topics, names not job titles,
 * nothing anyone has to disclose, and passing is always fine.
 */
export const icebreakersEn = {
  'one-word': {
    title: 'One word',
    steps: [
      'Go round the group. Each person says their name and one word for how they are arriving today.',
      'Any word is fine: “tired”, “curious”, “hungry”. Nobody needs to explain it.',
    ],
    nonVerbal: 'Write the word on paper and hold it up, or type it in the chat.',
  },
  'name-and-weather': {
    title: 'Your weather today',
    steps: [
      'Each person says their name and describes how they feel today as weather: sunny, foggy, a bit of drizzle, windy.',
      'Keep it to a few words. There is no need to say why.',
    ],
    nonVerbal: 'Draw a quick weather symbol and hold it up, or type a weather emoji in the chat.',
  },
  'three-words-chat': {
    title: 'Three words in the chat',
    steps: [
      'Everyone types three words about their week into the chat, at the same time.',
      'When most people have typed, read the words out without saying who wrote them.',
    ],
    nonVerbal: 'Nobody needs to speak: the words are typed. People in the room can write theirs on paper.',
  },
  'emoji-check-in': {
    title: 'One emoji',
    steps: [
      'Everyone picks one emoji for a food they like and types it in the chat, all at the same time.',
      'Read a few out, or just enjoy the screen full of them.',
    ],
    nonVerbal: 'Nobody needs to speak: the emoji says it.',
  },
  'pick-a-picture': {
    title: 'Pick a picture',
    steps: [
      'Spread the pictures out where everyone can reach or see them.',
      'Each person picks one they like.',
      'Go round: each person holds theirs up, and says a few words about it if they want to.',
    ],
    prepare: 'A pile of postcards, photos or pictures cut from magazines: at least two for each person.',
    nonVerbal: 'Holding the picture up is enough. There is no need to say anything.',
  },
  'picture-grid-online': {
    title: 'Pick a picture on screen',
    steps: [
      'Share a screen with nine pictures on it, each with a number.',
      'Everyone types the number of the picture they like best in the chat.',
      'Say out loud which numbers were popular. Anyone who wants to can say why they chose theirs.',
    ],
    prepare: 'One slide or image with nine numbered pictures, such as landscapes, animals or weather.',
    nonVerbal: 'Typing the number is enough. There is no need to say anything.',
  },
  thumbs: {
    title: 'Thumbs up, sideways or down',
    steps: [
      'Ask everyone to show, all at the same time, how much energy they have today: thumbs up, sideways or down.',
      'Look around together. Nobody explains their answer.',
    ],
    noCamera: 'Use the reactions button or type 👍, 👉 or 👎 in the chat instead.',
    nonVerbal: 'Nobody needs to speak: a thumb says it.',
  },
  'would-you-rather': {
    title: 'Would you rather',
    steps: [
      'Read out a light choice, such as “Tea or coffee?”, “Beach or hills?”, “Early bird or night owl?”.',
      'People show their choice by pointing to one side of the room, raising a hand, or typing in the chat.',
      'Do three or four choices, then move on.',
    ],
    prepare: 'Four or five light “this or that” choices written down.',
    noCamera: 'People type their choice in the chat, or use a poll.',
    nonVerbal: 'Nobody needs to speak: pointing, a raised hand or typing is enough.',
  },
  'draw-your-week': {
    title: 'Draw your week',
    steps: [
      'Give everyone one minute to draw their week as a quick doodle. Stick figures are perfect.',
      'Each person can hold theirs up, describe it in a few words, or keep it to themselves.',
    ],
    prepare: 'Paper and pens for everyone in the room. Tell people online to have some ready.',
    noCamera: 'Describe the drawing in a few words in the chat, or keep it to yourself.',
    nonVerbal: 'Holding the drawing up is enough, or keep it to yourself.',
  },
  'sticky-wall': {
    title: 'A wall of hopes',
    steps: [
      'Everyone writes one hope for today’s meeting on a sticky note. No names.',
      'Put the notes on the wall or a table.',
      'Read them out together, and keep them up for the rest of the meeting.',
    ],
    prepare: 'Sticky notes and pens for everyone.',
    nonVerbal: 'Nobody needs to speak: the notes are read out without names.',
  },
  'map-pins': {
    title: 'A place you’d like to visit',
    steps: [
      'Put up a map of the world.',
      'Everyone marks a place they would like to visit one day, with a sticker or a pen.',
      'Look at the map together. Anyone can say why they chose their place.',
    ],
    prepare: 'A large map and stickers or pens. Online: a shared map or whiteboard people can mark.',
    noCamera: 'Share the map on screen: people type the place in the chat and you mark it.',
    nonVerbal: 'Marking the map is enough. There is no need to say anything.',
  },
  'group-playlist': {
    title: 'The group’s playlist',
    steps: [
      'Everyone suggests one song they enjoy, by writing it down or typing it in the chat.',
      'Make the list into a playlist to play in the break, or at the next meeting.',
    ],
    nonVerbal: 'Nobody needs to speak: the song is written or typed.',
  },
  'favourite-snack': {
    title: 'Favourite biscuit',
    steps: [
      'Go round the group. Each person says their name and their favourite biscuit or snack.',
      'Disagreeing about custard creams is allowed.',
    ],
    nonVerbal: 'Write it down and hold it up, or type it in the chat.',
  },
  'tea-order': {
    title: 'How do you take your tea?',
    steps: [
      'Each person says their name and how they like their tea, coffee or favourite drink.',
      'Someone can keep the list for the next tea round.',
    ],
    nonVerbal: 'Write it down or type it in the chat.',
  },
  'theme-tune': {
    title: 'Your theme tune',
    steps: [
      'Each person says their name and a song that could play as they walk into a room today.',
      'Humming it is optional.',
    ],
    nonVerbal: 'Type the song’s name in the chat or write it down.',
  },
  'desert-island': {
    title: 'Desert island item',
    steps: [
      'Each person names one thing (not a person or a pet) they would take to a desert island.',
      'Useful or silly are both fine.',
    ],
    nonVerbal: 'Write or draw the thing and hold it up, or type it in the chat.',
  },
  'colour-of-the-day': {
    title: 'Colour of the day',
    steps: [
      'Each person says their name and a colour for how their day is going.',
      'Nobody needs to say why, but they can.',
    ],
    nonVerbal: 'Hold up something of that colour, or type the colour in the chat.',
  },
  'good-thing': {
    title: 'One good thing',
    steps: [
      'Each person shares one good thing from the past week, however small: a nice cup of tea counts.',
      'Listen, and move on. There is no need to comment.',
    ],
    nonVerbal: 'Write it down or type it in the chat.',
  },
  'looking-forward': {
    title: 'Something to look forward to',
    steps: [
      'Each person says one thing they are looking forward to, big or small: the weekend, a meal, a match.',
      'Keep it to a sentence or two.',
    ],
    nonVerbal: 'Write it down or type it in the chat.',
  },
  'hopes-for-today': {
    title: 'One hope for today',
    steps: [
      'Each person says their name and one thing they hope to get from today’s meeting.',
      'Write the hopes down, and look back at them at the end.',
    ],
    prepare: 'Somewhere to write the hopes where everyone can see them.',
    nonVerbal: 'Write it on a note, or type it in the chat, and someone reads it out.',
  },
  'could-teach': {
    title: 'Something you could teach',
    steps: [
      'Each person names one small thing they could teach someone in five minutes: a card trick, a recipe, a knot.',
      'Anyone can offer to teach theirs later, if they want to.',
    ],
    nonVerbal: 'Write it down or type it in the chat.',
  },
  'useless-superpower': {
    title: 'A useless superpower',
    steps: [
      'Each person invents a superpower that would be no use at all, such as always knowing what time it is in Peru.',
      'Laughing is encouraged.',
    ],
    nonVerbal: 'Write it down or type it in the chat.',
  },
  'window-view': {
    title: 'The view from your window',
    steps: [
      'Each person describes in a sentence what they can see from the nearest window: rooftops, rain, a tree, a wall.',
      'No need to say where you are.',
    ],
    nonVerbal: 'Type the description in the chat.',
  },
  'something-near-you': {
    title: 'Something within reach',
    steps: [
      'Each person picks up one thing within reach: a mug, a pen, a plant.',
      'Show it and say one thing about it.',
    ],
    noCamera: 'Describe the thing in words instead of showing it.',
    nonVerbal: 'Show it to the camera, or type what it is in the chat.',
  },
  'two-true-one-not': {
    title: 'Two true, one made up',
    steps: [
      'Each person says three short things about their hobbies or likes: two true, one made up.',
      'Everyone guesses which one is made up, then the person says.',
      'Keep it light: favourite foods, places, hobbies.',
    ],
    nonVerbal: 'Type the three things in the chat; people guess with a number.',
  },
  'three-in-common': {
    title: 'Three things in common',
    steps: [
      'Split into pairs or threes.',
      'Find three things you have in common that have nothing to do with work: a favourite food, a place, a film.',
      'Each group shares one of its three with everyone.',
    ],
    noCamera: 'Online, use breakout rooms; pairs can talk or type.',
    nonVerbal: 'Pairs can write to each other, on paper or in the chat.',
  },
  'rose-and-bud': {
    title: 'A rose and a bud',
    steps: [
      'Each person shares a rose, one good thing from their week, and a bud, one thing they are looking forward to.',
      'A sentence each is plenty.',
    ],
    nonVerbal: 'Write or type the two things.',
  },
  'finish-the-sentence': {
    title: 'Finish the sentence',
    steps: [
      'Read out the start of a sentence: “Today I’m bringing…” (such as “…a lot of questions” or “…biscuits”).',
      'Each person says their name and finishes it.',
    ],
    nonVerbal: 'Write or type the end of the sentence.',
  },
  'local-favourite': {
    title: 'A favourite place nearby',
    steps: [
      'Each person names a place nearby they like: a café, a park, a walk, a shop.',
      'Others can note it down to try.',
    ],
    nonVerbal: 'Write it down or type it in the chat.',
  },
  'thank-you-round': {
    title: 'A thank you',
    steps: [
      'Each person thanks someone, here or not, for something from the past week. It can be small: holding a door, a kind message.',
      'Nobody needs to say who, if they would rather not.',
    ],
    nonVerbal: 'Write it down or type it in the chat.',
  },
  'name-story': {
    title: 'The story of your name',
    steps: [
      'Each person says their name and, if they want to, something about it: where it comes from, or what people call them.',
      'This can touch on family and culture. Share only what you are happy to.',
    ],
    nonVerbal: 'Write or type a few words about your name.',
  },
  'proud-of': {
    title: 'Something you are proud of',
    steps: [
      'Each person shares something they are proud of, from any time in their life.',
      'It can be small. Share only what you are happy to.',
    ],
    nonVerbal: 'Write it down or type it in the chat.',
  },
  'place-that-matters': {
    title: 'A place that matters to you',
    steps: [
      'Each person describes a place that matters to them and says a little about why.',
      'Share only what you are happy to.',
    ],
    nonVerbal: 'Draw or write about the place, and show it if you want to.',
  },
  'childhood-game': {
    title: 'A game you loved as a child',
    steps: [
      'Each person names a game they loved when they were young, and says how it was played.',
      'Childhood was not easy for everyone: passing is always fine.',
    ],
    nonVerbal: 'Write or type the name of the game.',
  },
} as const satisfies Record<string, IcebreakerText>;

/** The words of one built-in icebreaker, in one language. */
export interface IcebreakerText {
  readonly title: string;
  readonly steps: readonly string[];
  readonly prepare?: string;
  readonly noCamera?: string;
  readonly nonVerbal?: string;
}

/** The words of every built-in icebreaker in another language: the same ids, the same parts. */
export type IcebreakerTexts = {
  readonly [Id in keyof typeof icebreakersEn]: {
    readonly [Part in keyof (typeof icebreakersEn)[Id]]: Part extends 'steps' ? readonly string[] : string;
  };
};
