// A large report page like a 高职状态平台 table: `rows` rows of labelled input cells under a two-row header.
// `members`: a second, small table after it (项目成员, that many rows) whose 添加一行 adds a row, as forms do.
export function largeTablePage({ rows = 1000, cols = 5, title = '表6.2 大表基准页', members = 0 } = {}) {
  const head1 = `<tr><th rowspan="2">序号</th><th rowspan="2">单位名称</th><th colspan="${cols}">人数（人）</th></tr>`;
  const head2 = `<tr>${Array.from({ length: cols }, (_, c) => `<th>项目${c + 1}</th>`).join('')}</tr>`;
  const body = [];
  for (let r = 0; r < rows; r++) {
    const cells = Array.from(
      { length: cols },
      (_, c) =>
        `<td><input type="text" name="f_${r}_${c}" id="x${(r * 7919 + c * 104729).toString(36)}" value=""></td>`,
    ).join('');
    body.push(`<tr><td>${r + 1}</td><td>第${r + 1}单位</td>${cells}</tr>`);
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px}input{width:80px}</style></head>
<body><h1>${title}</h1><table><thead>${head1}${head2}</thead><tbody>${body.join('')}</tbody></table>
${members ? membersTable(members) : ''}<button type="button">保存</button></body></html>`;
}

function membersTable(rows) {
  const cells = '<td><input type="text"></td>'.repeat(3);
  const body = Array.from({ length: rows }, (_, i) => `<tr><td>${i + 1}</td>${cells}</tr>`).join('');
  return `<h2>项目成员</h2><table id="members"><thead><tr><th>序号</th><th>姓名</th><th>职务</th><th>手机</th></tr></thead>
<tbody>${body}</tbody></table><button type="button" id="add-member">添加一行</button>
<script>document.getElementById('add-member').addEventListener('click', () => {
  const tbody = document.querySelector('#members tbody');
  tbody.insertAdjacentHTML('beforeend', '<tr><td>' + (tbody.rows.length + 1) + '</td>${cells}</tr>');
});</script>`;
}
