import { mount } from 'svelte';
import App from './App.svelte';
import { library } from './state/library.svelte';
import './app.css';

// ask for the list's first page before building the app, so the server answers while the page mounts
library.ensureRange(0, 0);
mount(App, { target: document.getElementById('app')! });
