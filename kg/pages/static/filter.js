(function(){"use strict";
var input=document.getElementById("filter"),shown=document.getElementById("shown");
var rows=Array.prototype.slice.call(document.querySelectorAll("#documents tr.row"));
function apply(){
  var words=input.value.trim().toLowerCase().split(/\s+/).filter(Boolean),n=0;
  rows.forEach(function(r){
    var t=r.textContent.toLowerCase(),ok=words.every(function(w){return t.indexOf(w)>=0;});
    r.hidden=!ok;if(ok){n++;}});
  shown.textContent=words.length?("显示 "+n+" / "+rows.length):"";
}
input.addEventListener("input",apply);
})();
