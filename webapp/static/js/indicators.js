/* Meedoen indicators: draw the charts from the page's JSON blocks (no inline script, no CDN).
 *
 * #indicator-charts holds one entry per chart: labels and datasets whose data are numbers, or
 * null where the figure is not shown; "texts" says what the table says ("<5", "×"). Those texts
 * are drawn on the bars too, so a hidden figure is visibly hidden, not a zero. Right-to-left pages
 * get mirrored axes, legends and tooltips. */
(function () {
  "use strict";
  var source = document.getElementById("indicator-charts");
  if (!source || typeof Chart === "undefined") {
    return;
  }
  var charts = JSON.parse(source.textContent);
  var texts = JSON.parse((document.getElementById("indicator-texts") || {}).textContent || "{}");
  var rtl = document.documentElement.dir === "rtl";
  var printing = document.body.classList.contains("report");
  var colours = ["#0d6efd", "#adb5bd", "#198754", "#fd7e14"];

  /* Writes each bar's text ("12", "<5", "×") at its end, also where there is no bar. */
  var barTexts = {
    id: "barTexts",
    afterDatasetsDraw: function (chart) {
      var context = chart.ctx;
      var horizontal = chart.options.indexAxis === "y";
      context.save();
      context.font = "12px 'Noto Sans', 'Noto Sans Arabic', sans-serif";
      context.fillStyle = "#212529";
      chart.data.datasets.forEach(function (dataset, d) {
        if (dataset.type === "line") {
          return;
        }
        var meta = chart.getDatasetMeta(d);
        if (meta.hidden) {
          return;
        }
        meta.data.forEach(function (bar, i) {
          var text = dataset.texts[i];
          if (!text) {
            return;
          }
          var scale = horizontal ? chart.scales.x : chart.scales.y;
          var base = scale.getPixelForValue(0);
          if (horizontal) {
            var x = dataset.data[i] === null ? base : bar.x;
            context.textAlign = rtl ? "right" : "left";
            context.textBaseline = "middle";
            context.fillText(text, x + (rtl ? -4 : 4), bar.y);
          } else {
            var y = dataset.data[i] === null ? base : bar.y;
            context.textAlign = "center";
            context.textBaseline = "bottom";
            context.fillText(text, bar.x, y - 2);
          }
        });
      });
      context.restore();
    }
  };

  function build(spec) {
    var canvas = document.getElementById(spec.id);
    if (!canvas) {
      return;
    }
    var horizontal = spec.kind === "horizontal";
    var percent = spec.kind === "percent";
    var datasets = spec.datasets.map(function (dataset, i) {
      var target = percent && i === 2;
      return {
        label: dataset.label,
        data: dataset.data,
        texts: dataset.texts,
        type: target ? "line" : "bar",
        showLine: false,
        pointStyle: "line",
        pointRadius: target ? 14 : 0,
        borderWidth: target ? 3 : 0,
        borderColor: colours[i % colours.length],
        backgroundColor: colours[i % colours.length]
      };
    });
    var valueAxis = {
      beginAtZero: true,
      suggestedMax: percent ? 100 : undefined,
      max: percent ? 100 : undefined,
      ticks: {
        precision: 0,
        callback: function (value) {
          return percent ? value + "%" : value;
        }
      }
    };
    var categoryAxis = {reverse: rtl && !horizontal, ticks: {autoSkip: false}};
    new Chart(canvas, {
      type: "bar",
      data: {labels: spec.labels, datasets: datasets},
      plugins: [barTexts],
      options: {
        indexAxis: horizontal ? "y" : "x",
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        locale: document.documentElement.lang,
        layout: {padding: {top: 18, left: 8, right: 24}},
        scales: horizontal
          ? {x: Object.assign({}, valueAxis, {reverse: rtl}), y: Object.assign({}, categoryAxis, {position: rtl ? "right" : "left"})}
          : {x: categoryAxis, y: Object.assign({}, valueAxis, {position: rtl ? "right" : "left"})},
        plugins: {
          legend: {display: spec.datasets.length > 1, rtl: rtl, labels: {boxWidth: 12}},
          tooltip: {
            rtl: rtl,
            callbacks: {
              label: function (item) {
                var text = item.dataset.texts[item.dataIndex] || "";
                return item.dataset.label + ": " + (item.raw === null ? (texts[text] || text) : text);
              }
            }
          }
        }
      }
    });
  }

  charts.forEach(build);
  if (printing) {
    document.documentElement.classList.add("charts-ready");
  }
}());
