/// <reference types="stat-widgets/vue" />
