(function(){"use strict";
var D=JSON.parse(document.getElementById("pk-data").textContent);
/* the page data is compact (kg/pages/page_data.py, whose expand() does in Python what this does): IRIs after
   D.base, titles, reasons and highlights once, referred to by index; expanded here into what the rest reads */
(function(){function iri(r){return r&&r.indexOf(":")<0?D.base+r:r;}
  var ids=D.nodes.map(function(n){return iri(n[0]);});
  D.nodes=D.nodes.map(function(n,k){var t=D.types[n[1]];return {id:ids[k],group:n[1],x:n[2],y:n[3],
    docs:n[4].map(function(d){return D.docs[d][0];}),label:n[5],title:n.length>6?n[6]:n[5],color:t[2],shape:t[3]};});
  var edges=[];Object.keys(D.edges).forEach(function(rel){var p=D.edges[rel];
    for(var i=0;i<p.length;i+=2)edges.push([p[i],p[i+1],rel]);});
  edges.sort(function(a,b){return a[0]-b[0]||a[1]-b[1]||(a[2]<b[2]?-1:a[2]>b[2]?1:0);});
  D.edges=edges.map(function(e){return [ids[e[0]],ids[e[1]],e[2]];});
  var reasons=D.reasons.map(function(r){return r.map(function(p){return D.phrases[p];}).join("; ");}),details={};
  Object.keys(D.details).forEach(function(k){var d=D.details[k],node=/^[0-9]+$/.test(k)?+k:-1;
    if(node>=0&&!("type" in d))d.type=D.nodes[node].group;else if(node>=0&&d.type===null)delete d.type;
    if(typeof d.doc==="number"){var doc=D.docs[d.doc];d.doc=doc[0];if(typeof d.read==="string"&&d.read.charAt(0)==="#")d.read="text/"+doc[2]+".html"+d.read;}
    if(typeof d.unit_node==="number")d.unit_node=ids[d.unit_node];
    if(d.spans)d.spans=d.spans.map(function(s){var m=D.marks[s[2]];return [s[0],s[1],m[2],iri(m[0]),m[1]];});
    if(d.related)d.related=d.related.map(function(r){return [ids[r[0]],r[1],reasons[r[2]]];});
    if(d.inherited)d.inherited=d.inherited.map(function(x){return x.length===4?x:[ids[x[0]],D.nodes[x[0]].label,x[1],ids[x[2]]];});
    details[node>=0?ids[node]:k]=d;});
  D.details=details;})();
var TYPES=D.types,REL=D.relations,LAYERS=D.layers,DET=D.details;
var byId=new Map(),adj=new Map();
D.nodes.forEach(function(n){byId.set(n.id,n);adj.set(n.id,[]);});
D.edges.forEach(function(e){adj.get(e[0]).push([e[1],e[2],"out"]);adj.get(e[1]).push([e[0],e[2],"in"]);});
var docTitle=new Map(D.docs.map(function(d){return [d[0],d[1]];}));
function el(tag,attrs){var x=document.createElement(tag);if(attrs){Object.keys(attrs).forEach(function(k){
  if(k==="text"){x.textContent=attrs[k];}else if(k==="on"){x.addEventListener("click",attrs[k]);}else{x.setAttribute(k,attrs[k]);}});}
  for(var i=2;i<arguments.length;i++){var c=arguments[i];if(c==null)continue;x.appendChild(typeof c==="string"?document.createTextNode(c):c);}
  return x;}
function nbrs(id,rel,dir){return adj.get(id).filter(function(a){return (!rel||a[1]===rel)&&(!dir||a[2]===dir);}).map(function(a){return a[0];});}

/* units (measures and parts) and what they touch: the basis of the filters */
var units=D.nodes.filter(function(n){return n.group==="measure"||n.group==="part";});
var info=new Map();
units.forEach(function(u){
  var i={part:null,sectors:new Set(),actors:new Set(),years:new Set()};
  if(u.group==="part"){i.part=u.id;}else{nbrs(u.id,"has_part","in").forEach(function(p){if(byId.get(p).group==="part")i.part=p;});}
  nbrs(u.id,"sector","out").forEach(function(s){i.sectors.add(s);});
  adj.get(u.id).forEach(function(a){if(a[2]==="in"&&byId.get(a[0]).group==="actor")i.actors.add(a[0]);});
  nbrs(u.id,null,"out").forEach(function(t){var g=byId.get(t).group;if(g==="target"||g==="goal"){nbrs(t,"due","out").forEach(function(y){i.years.add(y);});}});
  info.set(u.id,i);});

/* the network: positions fixed before the page opened, physics off. The overview of a large build
   first draws documents, actors and indicators, and the edges of the selected node only. */
/* the opening view fits every visible node (no document cut off at the edges); the labels of the
   overview (documents, actors, indicators) and the part boxes (their numbers) are then drawn at LEGIBLE px on screen
   at least, whatever the scale: below it their font grows as the view zooms out (in steps of 15%, so
   zooming does not update every frame), and above it they keep their own size, so a node zoomed in
   on is not crowded by outsized labels */
var FONT={document:22,actor:20,indicator:20,part:14},LEGIBLE=12;
var OV=!!D.overview,HIDDEN=OV?["sector","place","year"]:[],sel=null,expanded=new Set(),extra=new Set();
document.querySelectorAll("input[name=type]").forEach(function(c){if(HIDDEN.indexOf(c.value)>=0)c.checked=false;});
var visible=new Set(D.nodes.filter(function(n){return HIDDEN.indexOf(n.group)<0;}).map(function(n){return n.id;}));
var nodes=new vis.DataSet(D.nodes.map(function(n){return {id:n.id,label:n.label,title:n.title,shape:n.shape,
  color:n.color,x:n.x,y:n.y,font:{color:(n.shape==="box"?"#fff":"#222"),size:FONT[n.group]||14}};}));
var edges=new vis.DataSet(D.edges.map(function(e,i){return {id:i,from:e[0],to:e[1],label:REL[e[2]][0],title:REL[e[2]][1],
  dashes:e[2]==="mentioned",arrows:"to"};}));
var nodeView=new vis.DataView(nodes,{filter:function(n){return visible.has(n.id);}});
var edgeView=new vis.DataView(edges,{filter:function(e){return visible.has(e.from)&&visible.has(e.to)&&
  (!OV||e.from===sel||e.to===sel||extra.has(e.to));}});
var big=D.nodes.length>600;
var network=new vis.Network(document.getElementById("graph"),{nodes:nodeView,edges:edgeView},{
  physics:{enabled:false},layout:{improvedLayout:false,randomSeed:1},
  interaction:{hover:!big,tooltipDelay:200,hideEdgesOnDrag:big,hideEdgesOnZoom:big},
  nodes:{size:12,font:{size:14,face:"Noto Sans CJK SC, sans-serif"},borderWidth:1,scaling:{label:{drawThreshold:LEGIBLE}}},
  edges:{smooth:false,width:.6,color:{color:"#c8c8c8",highlight:"#333",hover:"#666"},
    font:{size:9,color:"#666",strokeWidth:2,align:"middle"},scaling:{label:{drawThreshold:LEGIBLE}},arrows:{to:{scaleFactor:.4}}}});
var labelled=D.nodes.filter(function(n){return FONT[n.group];}),grown=0;
function legible(){var need=LEGIBLE/network.getScale(),q=need<=FONT.part?0:Math.pow(1.15,Math.ceil(Math.log(need*1.01)/Math.log(1.15)));
  if(q===grown)return;grown=q;
  nodes.update(labelled.map(function(n){var u={id:n.id,font:{color:(n.shape==="box"?"#fff":"#222"),size:Math.max(FONT[n.group],q)}};
    if(n.group==="part")u.label=q?short(n.label):n.label;return u;}));}
/* zoomed out, a part box shows its number (一、), the ring of parts around a document being too tight
   for their titles; its title comes back at its own size */
function short(t){var m=/^(.{1,6}?、)/.exec(t||"");return m?m[1]:(t||"").slice(0,4)+(t&&t.length>4?"…":"");}
function opening(){network.fit({animation:false});legible();}
opening();
network.on("afterDrawing",legible);
network.once("afterDrawing",function(){window.policykgReady=performance.now();document.body.setAttribute("data-ready","1");});

/* filters */
var selDoc=document.getElementById("f-doc"),selPart=document.getElementById("f-part"),selSector=document.getElementById("f-sector"),
    selActor=document.getElementById("f-actor"),selYear=document.getElementById("f-year");
function fill(sel,items){while(sel.options.length>1)sel.remove(1);items.forEach(function(it){sel.appendChild(el("option",{value:it[0],text:it[1]}));});}
function ofType(t){return D.nodes.filter(function(n){return n.group===t;});}
function byLabel(a,b){return a[1].localeCompare(b[1],"zh-CN");}
fill(selDoc,D.docs.map(function(d){return [d[0],d[1]];}));
function fillParts(){var d=selDoc.value;fill(selPart,ofType("part").filter(function(p){return !d||p.docs.indexOf(d)>=0;})
  .map(function(p){return [p.id,(d?"":(docTitle.get(p.docs[0])||"").slice(0,8)+"… ")+p.title];}));}
fillParts();
fill(selSector,ofType("sector").map(function(n){return [n.id,n.label];}).sort(byLabel));
fill(selActor,ofType("actor").map(function(n){return [n.id,n.label];}).sort(byLabel));
fill(selYear,ofType("year").map(function(n){return [n.id,n.label];}).sort(byLabel));
var notice=document.getElementById("notice"),count=document.getElementById("count");
function checkedTypes(){var s=new Set();document.querySelectorAll("input[name=type]:checked").forEach(function(c){s.add(c.value);});return s;}
function compute(){
  var d=selDoc.value,p=selPart.value,s=selSector.value,a=selActor.value,y=selYear.value,types=checkedTypes();
  var keep=new Set();
  if(!p&&!s&&!a&&!y){
    D.nodes.forEach(function(n){if(!d||n.docs.indexOf(d)>=0)keep.add(n.id);});
  }else{
    units.forEach(function(u){var i=info.get(u.id);
      if(d&&u.docs.indexOf(d)<0)return; if(p&&i.part!==p)return; if(s&&!i.sectors.has(s))return;
      if(a&&!i.actors.has(a))return; if(y&&!i.years.has(y))return;
      keep.add(u.id);
      adj.get(u.id).forEach(function(x){var g=byId.get(x[0]).group;keep.add(x[0]);
        if(g==="target"||g==="goal"){adj.get(x[0]).forEach(function(z){keep.add(z[0]);});}
        if(g==="part"){nbrs(x[0],"has_part","in").forEach(function(z){keep.add(z);});}});});
  }
  extra.forEach(function(m){if(keep.has(byId.get(m).docs[0]))keep.add(m);});
  var out=new Set();keep.forEach(function(id){if(types.has(byId.get(id).group))out.add(id);});
  return out;}
function apply(){
  var next=compute();
  if(next.size===0){notice.textContent="没有符合条件的节点：保留上一视图。请放宽筛选。";return false;}
  notice.textContent="";visible=next;nodeView.refresh();edgeView.refresh();
  count.textContent="显示 "+visible.size+" / "+D.nodes.length+" 个节点";
  if(next.size<D.nodes.length)network.fit({nodes:Array.from(next),animation:false});else network.fit({animation:false});
  return true;}
[selPart,selSector,selActor,selYear].forEach(function(s){s.addEventListener("change",apply);});
selDoc.addEventListener("change",function(){fillParts();apply();});
document.querySelectorAll("input[name=type]").forEach(function(c){c.addEventListener("change",function(){
  if(!apply()){c.checked=!c.checked;}});});
function reset(){[selDoc,selPart,selSector,selActor,selYear].forEach(function(s){s.value="";});fillParts();
  document.querySelectorAll("input[name=type]").forEach(function(c){c.checked=HIDDEN.indexOf(c.value)<0;});apply();}
document.getElementById("reset").addEventListener("click",reset);
count.textContent="显示 "+visible.size+" / "+D.nodes.length+" 个节点";

/* the overview: a document's measures drawn on demand, around the document */
function expand(id){if(expanded.has(id))return;expanded.add(id);
  var doc=byId.get(id),us=DET[id].units||[],r=60+8*us.length,p=network.getPosition(id);
  us.forEach(function(u,i){if(byId.has(u[0]))return;var a=2*Math.PI*i/us.length;
    byId.set(u[0],{id:u[0],label:u[1],title:u[2],group:"measure",docs:[id]});adj.set(u[0],[[id,"has_part","in"]]);
    adj.get(id).push([u[0],"has_part","out"]);DET[u[0]]={type:"measure",doc:id,read:u[3]};extra.add(u[0]);visible.add(u[0]);
    nodes.add({id:u[0],label:u[1],title:u[2],shape:TYPES.measure[3],color:TYPES.measure[2],font:{color:"#222"},
      x:Math.round(p.x+r*Math.cos(a)),y:Math.round(p.y+r*Math.sin(a))});
    edges.add({id:"x"+u[0],from:id,to:u[0],label:REL.has_part[0],title:REL.has_part[1],arrows:"to"});});
  nodeView.refresh();edgeView.refresh();count.textContent="显示 "+visible.size+" / "+D.nodes.length+" 个节点";
  network.fit({nodes:[id].concat(us.map(function(u){return u[0];})),animation:false});show(id);}

/* search: plain substring matching on labels, Chinese included */
var search=document.getElementById("search"),results=document.getElementById("results");
function norm(t){return (t||"").replace(/\s+/g,"").toLowerCase();}
function find(q){q=norm(q);if(!q)return [];
  var hits=D.nodes.filter(function(n){var d=DET[n.id]||{};return norm(n.label).indexOf(q)>=0||norm(n.title).indexOf(q)>=0||norm(d.en).indexOf(q)>=0;});
  hits.sort(function(a,b){var x=norm(a.label)===q?0:1,y=norm(b.label)===q?0:1;return x-y||a.label.length-b.label.length||a.label.localeCompare(b.label,"zh-CN");});
  return hits.slice(0,40);}
function showResults(){while(results.firstChild)results.removeChild(results.firstChild);
  var hits=find(search.value);
  if(search.value&&!hits.length){results.appendChild(el("li",{text:"无匹配"}));}
  hits.forEach(function(n){results.appendChild(el("li",null,el("button",{type:"button",text:n.label,"data-id":n.id,on:function(){focus(n.id);}}),
    el("span",{"class":"type",text:TYPES[n.group][0]})));});}
search.addEventListener("input",showResults);
search.addEventListener("keydown",function(ev){if(ev.key==="Enter"){var h=find(search.value);if(h.length)focus(h[0].id);}});

/* details */
var panel=document.getElementById("panel");
function link(id,text){return el("button",{type:"button","class":"link",text:text||byId.get(id).title,on:function(){focus(id);}});}
function list(ids,fmt){var ul=el("ul");ids.forEach(function(id){ul.appendChild(el("li",null,fmt?fmt(id):link(id)));});return ul;}
function field(dl,k,v){if(v===""||v==null)return;dl.appendChild(el("dt",{text:k}));dl.appendChild(el("dd",{text:String(v)}));}
function unitName(id){var n=byId.get(id);if(!n)return id;if(n.group==="document")return n.title;var d=docTitle.get(n.docs[0])||"";return (D.docs.length>1?d.slice(0,10)+"… ":"")+n.title;}
function highlighted(text,spans){var box=el("div",{"class":"text"}),pos=0;
  spans.forEach(function(s){if(s[0]<pos)return;box.appendChild(document.createTextNode(text.slice(pos,s[0])));
    var m=el("mark",{"class":"hl hl-"+s[2],title:s[4],text:text.slice(s[0],s[1])});
    if(s[3]&&byId.has(s[3])){m.style.cursor="pointer";m.addEventListener("click",function(){focus(s[3]);});}
    box.appendChild(m);pos=s[1];});
  box.appendChild(document.createTextNode(text.slice(pos)));return box;}
function section(title,node){if(!node)return;panel.appendChild(el("h3",{text:title}));panel.appendChild(node);}
function grouped(id,dir,rels){rels.forEach(function(r){var ids=nbrs(id,r,dir);if(ids.length)section(REL[r][0]+"（"+ids.length+"）",list(ids,function(x){return link(x,unitName(x));}));});}
function show(id){
  var n=byId.get(id),d=DET[id]||{};while(panel.firstChild)panel.removeChild(panel.firstChild);
  panel.appendChild(el("p",{"class":"type",text:TYPES[n.group][0]+" · "+TYPES[n.group][1]}));
  panel.appendChild(el("h2",{text:n.title}));
  if(d.read){panel.appendChild(el("p",null,el("a",{href:d.read,text:"在原文中阅读 →"})));}
  if(n.group==="measure"||n.group==="part"){
    var dl=el("dl");field(dl,"文件",docTitle.get(d.doc));field(dl,"编号",d.number);panel.appendChild(dl);
    var legend=el("p");Object.keys(LAYERS).forEach(function(k){legend.appendChild(el("mark",{"class":"hl hl-"+k,text:LAYERS[k][0]}));legend.appendChild(document.createTextNode(" "));});
    panel.appendChild(legend);
    if(d.text)panel.appendChild(highlighted(d.text,d.spans||[]));
    if(d.general_clause){panel.appendChild(el("p",{"class":"type",text:"本条为全文的总体责任条款（组织实施/压实责任）。"}));}
    ["lead","co-lead","participant","mentioned"].forEach(function(r){var ids=nbrs(id,r,"in");if(ids.length)section(REL[r][0]+"的主体",list(ids));});
    if(d.unstated){
      var box=el("div");box.appendChild(el("p",{"class":"flag",text:"⚑ 本措施未写明责任主体。"}));
      if(d.inherited&&d.inherited.length){box.appendChild(el("p",{text:"推定（非原文所述，继承自总体责任条款）："}));
        var ul=el("ul");d.inherited.forEach(function(x){ul.appendChild(el("li",null,link(x[0],x[1]),
          el("span",{"class":"type",text:x[2]+" · 来自 "}),link(x[3],unitName(x[3]))));});box.appendChild(ul);}
      section("责任主体（推定）",box);}
    grouped(id,"out",["sets_target","sets_goal","sector","place"]);
    if(d.related&&d.related.length){section("相关措施（"+d.related.length+"）",list(d.related.map(function(r){return r[0];}),function(x){
      var r=d.related.filter(function(q){return q[0]===x;})[0];
      return el("span",null,link(x,unitName(x)),el("span",{"class":"type",text:" "+r[1].toFixed(2)}),el("div",{"class":"reason",text:r[2]}));}));}
    /* central → local: the central measure(s) this local one carries out, and the row of the pair page */
    if(d.central&&d.central.length){var cl=el("ul");d.central.forEach(function(c){
      cl.appendChild(el("li",{"class":"central"},byId.has(c[0])?link(c[0],unitName(c[0])):el("span",{text:c[1]})," ",
        el("a",{href:c[2],"class":"alignlink",text:"对照 →"})));});
      section("落实中央（"+d.central.length+"）",cl);}
  }else if(n.group==="target"){
    var t=el("dl");field(t,"指标",d.indicator);field(t,"范围",d.scope);field(t,"比较",d.comparator);field(t,"数值",d.value_text);
    field(t,"标准值",d.value+" "+d.unit);field(t,"变化",d.change==="decrease"?"下降":d.change==="increase"?"提高":"");
    field(t,"基准年",d.base_year);field(t,"期限",d.year);field(t,"时期",d.period);field(t,"力争",d.aspirational?"是（力争/争取）":"否");
    field(t,"文件",docTitle.get(d.doc));panel.appendChild(t);
    section("原句",el("div",{"class":"text",text:d.clause}));
    section("所属措施",list([d.unit_node],function(x){return link(x,unitName(x));}));
  }else if(n.group==="goal"){
    var g=el("dl");field(g,"期限",d.year);field(g,"力争",d.aspirational?"是":"否");field(g,"文件",docTitle.get(d.doc));panel.appendChild(g);
    section("原文",el("div",{"class":"text",text:d.text}));
    section("所属措施",list([d.unit_node],function(x){return link(x,unitName(x));}));
  }else if(n.group==="actor"){
    var a=el("dl");field(a,"英文",d.en);field(a,"类别",d.kind);panel.appendChild(a);
    grouped(id,"out",["lead","co-lead","participant","mentioned"]);grouped(id,"in",["concerns"]);
  }else if(n.group==="indicator"){
    var ts=nbrs(id,"indicator","in");
    section("各文件中的目标值（"+ts.length+"）",list(ts,function(x){var q=DET[x]||{};
      return el("span",null,link(x,(q.year?q.year+"年 ":"")+byId.get(x).title),el("span",{"class":"type",text:(docTitle.get(q.doc)||"").slice(0,14)}));}));
    grouped(id,"in",["concerns"]);
  }else{
    if(n.group==="document"&&D.overview){var o=el("dl");field(o,"日期",d.date);field(o,"部分",d.parts);field(o,"措施",d.measures);
      field(o,"目标值",d.targets);panel.appendChild(o);
      if(d.units&&d.units.length&&!expanded.has(id)){panel.appendChild(el("p",null,el("button",{type:"button","class":"link expand",
        text:"在图中展开各措施（"+d.units.length+"）",on:function(){expand(id);}})));}}
    if(d.en)panel.appendChild(el("p",{text:d.en}));
    grouped(id,"in",["sector","place","due","has_part","concerns"]);grouped(id,"out",["has_part","concerns"]);
  }
}
function focus(id){
  var missing=D.overview?"概览图只含文件与概念（文件过多，未画出各措施）；该节点请在原文阅读页中查看。":"图中没有该节点。";
  if(!byId.has(id)){notice.textContent=missing;return;}
  if(notice.textContent===missing)notice.textContent="";/* a later valid #node= clears it */
  if(!visible.has(id)){reset();var c=document.querySelector('input[name=type][value="'+byId.get(id).group+'"]');
    if(c&&!c.checked){c.checked=true;apply();}notice.textContent="已重置筛选以显示该节点。";}
  if(OV&&sel!==id){sel=id;edgeView.refresh();}
  network.selectNodes([id]);network.focus(id,{scale:Math.max(network.getScale(),1.0),animation:false});show(id);
  if(location.hash!=="#node="+encodeURIComponent(id))history.replaceState(null,"","#node="+encodeURIComponent(id));}
network.on("click",function(p){if(p.nodes.length)focus(p.nodes[0]);});
/* #node=IRI, or the IRI after the base (the reading pages' links) */
function fromHash(){var h=location.hash;if(h.indexOf("#node=")===0){var id=decodeURIComponent(h.slice(6));
  if(!byId.has(id)&&id.indexOf(":")<0)id=D.base+id;focus(id);}}
window.addEventListener("hashchange",fromHash);
window.policykg={focus:focus,find:find,visible:function(){return visible.size;},network:network,expand:expand,data:D};
fromHash();
})();
