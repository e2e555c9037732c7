/* global window, document */
// GOV.UK Frontend's own set-up for one component: mark the body as supported, then initialise.
document.body.classList.add('govuk-frontend-supported');
new window.GOVUKFrontend.ExitThisPage(document.querySelector('[data-module="govuk-exit-this-page"]'));
