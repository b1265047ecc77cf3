// Draw the dashboard charts from the figures the server embedded in the page.
(function () {
  var node = document.getElementById("chart-data");
  if (!node || typeof Chart === "undefined") return;
  var d = JSON.parse(node.textContent);
  new Chart(document.getElementById("chart-departments"), {
    type: "bar",
    data: { labels: d.departments, datasets: [
      { label: d.labels.coverage, data: d.coverage, backgroundColor: "#2f6f73" },
      { label: d.labels.formality, data: d.formality, backgroundColor: "#d4a106" }] },
    options: { animation: false, scales: { y: { beginAtZero: true, max: 100 } } }
  });
  new Chart(document.getElementById("chart-trend"), {
    type: "line",
    data: { labels: d.trend_labels, datasets: [{ label: d.labels.trend, data: d.trend, borderColor: "#2f6f73" }] },
    options: { animation: false, scales: { y: { beginAtZero: true, max: 100 } } }
  });
})();
