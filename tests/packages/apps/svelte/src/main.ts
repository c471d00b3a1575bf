// The elements are defined before the app mounts, so Svelte sets their
// properties (it sets a property when the element has one).
import 'coproduce/define';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.querySelector('#app')! });
