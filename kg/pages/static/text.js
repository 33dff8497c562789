(function(){"use strict";
/* the reading view's highlights: each carries the index of its [link to its node, title] in the page's one table
   (pk-data, kg/pages/render.highlighted), set on it here */
var data=document.getElementById("pk-data");if(!data)return;
var marks=JSON.parse(data.textContent);
document.querySelectorAll("[data-m]").forEach(function(x){var m=marks[+x.getAttribute("data-m")];if(!m)return;
  if(m[0])x.setAttribute("href",m[0]);x.setAttribute("title",m[1]);});
})();
