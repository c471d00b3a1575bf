import type { icebreakersEn } from './icebreakers-en.js';

/**
 * The Easy Read words of one built-in icebreaker: its steps (as many as
 * one idea per step needs, so not always as many as the plain steps) and
 * each other part its plain words have. The title stays the same, so a group
 * and its facilitator call it by one name, unless it breaks an Easy Read
 * rule (a number in words, a short form): then `title` is the same name in
 * Easy Read ("3 words in the chat"). A metaphor in a title ("Your weather
 * today", "A rose and a bud") is explained in the steps.
 */
export type EasyReadIcebreakerTexts = {
  readonly [Id in keyof typeof icebreakersEn]: { readonly steps: readonly string[]; readonly title?: string } & {
    readonly [Part in Exclude<keyof (typeof icebreakersEn)[Id], 'title' | 'steps'>]: string;
  };
};

/**
 * Easy Read English: the built-in icebreakers' steps, one idea per sentence,
 * 15 words at most, numbers as digits, each hard word explained (an emoji,
 * a poll, a superpower).
 */
export const icebreakersEasyEn: EasyReadIcebreakerTexts = {
  'one-word': {
    title: '1 word',
    steps: [
      'We go round the group.',
      'Each person says their name.',
      'Then they say 1 word about how they feel today. For example: “tired”, “happy” or “hungry”.',
      'You do not have to explain your word.',
    ],
    nonVerbal: 'You can write your word on paper and hold it up. Or type it in the chat.',
  },
  'name-and-weather': {
    steps: [
      'Each person says their name.',
      'Then they say how they feel, as if it was the weather. For example: “sunny” or “foggy”.',
      'Sunny can mean happy. Foggy can mean a bit lost.',
      'Just say a few words. You do not have to say why.',
    ],
    nonVerbal: 'You can draw the weather and hold it up. Or type a weather picture in the chat.',
  },
  'three-words-chat': {
    title: '3 words in the chat',
    steps: [
      'Everyone types 3 words about their week in the chat.',
      'Everyone types at the same time.',
      'Then someone reads the words out. They do not say who wrote them.',
    ],
    nonVerbal: 'Nobody has to talk. People in the room can write their words on paper.',
  },
  'emoji-check-in': {
    title: '1 emoji',
    steps: [
      'An emoji is a small picture, like a smiley face.',
      'Everyone picks 1 emoji for how their week has been.',
      'Everyone types it in the chat at the same time.',
      'Read a few out. Or just look at them all together.',
    ],
    nonVerbal: 'Nobody has to talk. The emoji says it.',
  },
  'pick-a-picture': {
    steps: [
      'Put the pictures out where everyone can see them.',
      'Each person picks 1 picture that shows how they feel today.',
      'We go round the group. Each person holds up their picture.',
      'They can say a few words about it if they want to.',
    ],
    prepare: 'Lots of postcards, photos or pictures from magazines. Have at least 2 for each person.',
    nonVerbal: 'Holding up the picture is enough. You do not have to say anything.',
  },
  'picture-grid-online': {
    steps: [
      'Share a screen with 9 pictures on it. Each picture has a number.',
      'Everyone types the number of the picture that shows how they feel.',
      'Say which numbers lots of people chose.',
      'Anyone can say why they chose their picture, if they want to.',
    ],
    prepare: '1 slide with 9 pictures and a number on each. For example: places, animals or weather.',
    nonVerbal: 'Typing the number is enough. You do not have to say anything.',
  },
  thumbs: {
    steps: [
      'Ask everyone how much energy they have today.',
      'Everyone shows their thumb at the same time.',
      'Thumb up means lots of energy. Thumb sideways means some. Thumb down means not much.',
      'Look around together. Nobody has to explain.',
    ],
    noCamera: 'Use the reactions button instead. Or type 👍, 👉 or 👎 in the chat.',
    nonVerbal: 'Nobody has to talk. Your thumb says it.',
  },
  'would-you-rather': {
    steps: [
      'Read out an easy choice. For example: “Tea or coffee?” or “Beach or hills?”',
      'People show what they choose. They can point, put up a hand or type in the chat.',
      'Do 3 or 4 choices. Then move on.',
    ],
    prepare: 'Write down 4 or 5 easy choices, like “tea or coffee”.',
    noCamera: 'People type what they choose in the chat. Or they click their answer in a poll.',
    nonVerbal: 'Nobody has to talk. Pointing, a hand up or typing is enough.',
  },
  'draw-your-week': {
    steps: [
      'Everyone has 1 minute to draw their week. Stick people are fine.',
      'Each person can hold up their drawing. They can say a few words about it.',
      'Or they can keep it to themselves.',
    ],
    prepare: 'Paper and pens for everyone in the room. Tell people online to have some ready.',
    noCamera: 'Say what you drew in a few words in the chat. Or keep it to yourself.',
    nonVerbal: 'Holding up your drawing is enough. Or keep it to yourself.',
  },
  'sticky-wall': {
    steps: [
      'Everyone writes 1 hope for today’s meeting on a sticky note. Do not write your name.',
      'Put the notes on the wall or a table.',
      'Read them out together.',
      'Keep them up until the end of the meeting.',
    ],
    prepare: 'Sticky notes and pens for everyone.',
    nonVerbal: 'Nobody has to talk. Someone reads out the notes without names.',
  },
  'map-pins': {
    title: 'A place you would like to visit',
    steps: [
      'Put up a map of the world.',
      'Everyone marks a place they would like to visit one day. Use a sticker or a pen.',
      'Look at the map together.',
      'Anyone can say why they chose their place.',
    ],
    prepare: 'A big map, and stickers or pens. Online: a map on the screen that people can mark.',
    noCamera: 'Share the map on the screen. People type the place in the chat. You mark it.',
    nonVerbal: 'Marking the map is enough. You do not have to say anything.',
  },
  'group-playlist': {
    steps: [
      'Everyone says 1 song they like. They can write it down or type it in the chat.',
      'Make a list of the songs.',
      'Play the songs in the break, or at the next meeting.',
    ],
    nonVerbal: 'Nobody has to talk. You can write or type your song.',
  },
  'favourite-snack': {
    steps: [
      'We go round the group.',
      'Each person says their name and their favourite biscuit or snack.',
      'It is fine to disagree about biscuits!',
    ],
    nonVerbal: 'Write it down and hold it up. Or type it in the chat.',
  },
  'tea-order': {
    steps: [
      'Each person says their name.',
      'Then they say how they like their tea, coffee or favourite drink.',
      'Someone can keep the list for the next tea break.',
    ],
    nonVerbal: 'Write it down. Or type it in the chat.',
  },
  'theme-tune': {
    steps: [
      'Each person says their name.',
      'Then they say a song to play as they walk into a room.',
      'You can hum it if you want to.',
    ],
    nonVerbal: 'Type the name of the song in the chat. Or write it down.',
  },
  'desert-island': {
    steps: [
      'Imagine you are going to live on an island on your own.',
      'Each person says 1 thing they would take with them. It cannot be a person or a pet.',
      'Useful things and silly things are both fine.',
    ],
    nonVerbal: 'Write or draw the thing and hold it up. Or type it in the chat.',
  },
  'colour-of-the-day': {
    steps: [
      'Each person says their name.',
      'Then they say a colour for how their day is going.',
      'You do not have to say why. But you can.',
    ],
    nonVerbal: 'Hold up something of that colour. Or type the colour in the chat.',
  },
  'good-thing': {
    title: '1 good thing',
    steps: [
      'Each person says 1 good thing from the last week.',
      'It can be small. A nice cup of tea counts.',
      'Listen, then move on. Nobody has to say anything back.',
    ],
    nonVerbal: 'Write it down. Or type it in the chat.',
  },
  'looking-forward': {
    steps: [
      'Each person says 1 thing they are looking forward to.',
      'It can be big or small. For example: the weekend, a meal or a match.',
      'Keep it short.',
    ],
    nonVerbal: 'Write it down. Or type it in the chat.',
  },
  'hopes-for-today': {
    title: '1 hope for today',
    steps: [
      'Each person says their name.',
      'Then they say 1 thing they hope to get from today’s meeting.',
      'Write the hopes down.',
      'Look at them again at the end.',
    ],
    prepare: 'Somewhere to write the hopes, where everyone can see them.',
    nonVerbal: 'Write it on a note, or type it in the chat. Someone reads it out.',
  },
  'could-teach': {
    steps: [
      'Each person says 1 small thing they could teach someone in 5 minutes.',
      'For example: a card trick, a recipe or how to tie a knot.',
      'Later, anyone can teach theirs if they want to.',
    ],
    nonVerbal: 'Write it down. Or type it in the chat.',
  },
  'useless-superpower': {
    steps: [
      'A superpower is a magic skill, like flying.',
      'Each person makes up a superpower that would be no use at all.',
      'For example: always knowing what time it is in Peru.',
      'It is fine to laugh!',
    ],
    nonVerbal: 'Write it down. Or type it in the chat.',
  },
  'window-view': {
    steps: [
      'Each person looks out of the nearest window.',
      'They say what they can see. For example: roofs, rain, a tree or a wall.',
      'You do not have to say where you are.',
    ],
    nonVerbal: 'Type what you can see in the chat.',
  },
  'something-near-you': {
    steps: [
      'Each person picks up 1 thing near them. For example: a mug, a pen or a plant.',
      'Show it and say 1 thing about it.',
    ],
    noCamera: 'Say what the thing is, instead of showing it.',
    nonVerbal: 'Show it to the camera. Or type what it is in the chat.',
  },
  'two-true-one-not': {
    title: '2 true things and 1 made up',
    steps: [
      'Each person says 3 short things about what they like.',
      '2 things are true. 1 thing is made up.',
      'Everyone guesses which one is made up. Then the person tells them.',
      'Keep it easy. For example: favourite food, places or hobbies.',
    ],
    nonVerbal: 'Type the 3 things in the chat. People guess with a number.',
  },
  'three-in-common': {
    title: '3 things in common',
    steps: [
      'Get into pairs or groups of 3.',
      'Find 3 things you all like that are not about work. For example: a food or a film.',
      'Each group tells everyone 1 of their 3 things.',
    ],
    noCamera: 'Online, put each group in its own small room. People can talk or type.',
    nonVerbal: 'People can write to each other on paper or in the chat.',
  },
  'rose-and-bud': {
    steps: [
      'A rose is a flower. Here it means 1 good thing from your week.',
      'A bud is a flower that has not opened yet. Here it means 1 thing to look forward to.',
      'Each person says their rose and their bud.',
      'A sentence each is enough.',
    ],
    nonVerbal: 'Write or type the 2 things.',
  },
  'finish-the-sentence': {
    steps: [
      'Read out the start of a sentence: “Today I am bringing…”',
      'Each person says their name. Then they finish the sentence.',
      'For example: “…lots of questions” or “…biscuits”.',
    ],
    nonVerbal: 'Write or type the end of the sentence.',
  },
  'local-favourite': {
    steps: [
      'Each person says a place near here that they like.',
      'For example: a café, a park, a walk or a shop.',
      'Others can write it down to try.',
    ],
    nonVerbal: 'Write it down. Or type it in the chat.',
  },
  'thank-you-round': {
    steps: [
      'Each person thanks someone for something from the last week.',
      'The person they thank can be here or not here.',
      'It can be small. For example: holding a door, or a kind message.',
      'You do not have to say who, if you do not want to.',
    ],
    nonVerbal: 'Write it down. Or type it in the chat.',
  },
  'name-story': {
    steps: [
      'Each person says their name.',
      'If they want to, they say something about their name. For example: where it comes from.',
      'This can be about family and culture. Only share what you are happy to share.',
    ],
    nonVerbal: 'Write or type a few words about your name.',
  },
  'proud-of': {
    steps: [
      'Each person says something they are proud of.',
      'It can be from any time in their life.',
      'It can be small. Only share what you are happy to share.',
    ],
    nonVerbal: 'Write it down. Or type it in the chat.',
  },
  'place-that-matters': {
    steps: [
      'Each person talks about a place that matters to them.',
      'They say a little about why.',
      'Only share what you are happy to share.',
    ],
    nonVerbal: 'Draw or write about the place. Show it if you want to.',
  },
  'childhood-game': {
    steps: [
      'Each person says a game they loved when they were young.',
      'They say how to play it.',
      'Being young was not easy for everyone. It is always fine to pass.',
    ],
    nonVerbal: 'Write or type the name of the game.',
  },
};
