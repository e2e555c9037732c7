/// <reference types="stat-widgets/svelte" />
