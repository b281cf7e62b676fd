// Progressive enhancement: the map page lists every point in a table; with JavaScript the points are also drawn on a map.
// Without a tile server (OpenData:TileUrl empty) the points are drawn on a plain background inside the town's bounds.
(function () {
  "use strict";
  var element = document.getElementById("map");
  if (!element || !window.L) { return; }
  var b = element.getAttribute("data-bounds").split(",").map(Number);
  var map = L.map(element, { attributionControl: false, zoomSnap: 0.25 }).fitBounds([[b[0], b[1]], [b[2], b[3]]]);
  var tiles = element.getAttribute("data-tiles");
  if (tiles) {
    L.tileLayer(tiles, { attribution: element.getAttribute("data-attribution") || "" }).addTo(map);
    L.control.attribution({ prefix: false }).addTo(map);
  } else {
    L.rectangle([[b[0], b[1]], [b[2], b[3]]], { color: "#555", weight: 1, fill: false, interactive: false }).addTo(map);
  }
  fetch(element.getAttribute("data-geojson"))
    .then(function (response) { return response.json(); })
    .then(function (data) {
      var layer = L.geoJSON(data, {
        pointToLayer: function (feature, latlng) {
          return L.circleMarker(latlng, { radius: 7, color: "#0031d8", weight: 2, fillOpacity: 0.7 });
        },
        onEachFeature: function (feature, layer) {
          var p = feature.properties;
          var text = document.createElement("span");
          text.textContent = p["名称"] || p["イベント名"] || p["種別"] || "";
          layer.bindPopup(text);
        }
      }).addTo(map);
      if (layer.getLayers().length > 0) {
        map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 15 });
      }
    });
}());
