/** The id of the <script type="application/json"> in which the server hands its Apollo answers over. */
export const SSR_STATE_ID = 'ssr-state';
