// While a form is being processed (reading and summarising can take seconds), say so and
// keep it from being sent twice.
document.querySelectorAll("form").forEach((form) => {
  form.addEventListener("submit", () => {
    const button = form.querySelector("button[type=submit]");
    if (button) {
      button.disabled = true;
      button.textContent = "Working…";
    }
  });
});
