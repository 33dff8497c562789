(function(){"use strict";
var table=document.querySelector("table.sortable");
table.querySelectorAll("thead th").forEach(function(th,col){
  th.addEventListener("click",function(){
    var asc=th.getAttribute("aria-sort")!=="ascending";
    table.querySelectorAll("thead th").forEach(function(o){o.removeAttribute("aria-sort");});
    th.setAttribute("aria-sort",asc?"ascending":"descending");
    table.querySelectorAll("tbody").forEach(function(tb){
      var rows=Array.prototype.slice.call(tb.querySelectorAll("tr.row"));
      rows.sort(function(a,b){
        var x=a.children[col].getAttribute("data-sort")||a.children[col].textContent;
        var y=b.children[col].getAttribute("data-sort")||b.children[col].textContent;
        var nx=parseFloat(x),ny=parseFloat(y),r;
        if(!isNaN(nx)&&!isNaN(ny)&&String(nx)===x.trim()&&String(ny)===y.trim()){r=nx-ny;}else{r=x.localeCompare(y,"zh-CN");}
        return asc?r:-r;});
      rows.forEach(function(r){tb.appendChild(r);});
    });
  });
});
})();
