import zipfile, sys
CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>'''
RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>'''
DOCRELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
<Relationship Id="rH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>'''
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
CORE = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>%s</dc:creator></cp:coreProperties>'''
NUM = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering %s>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%%2)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>''' % W
FN = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes %s>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> The footnote text.</w:t></w:r></w:p></w:footnote>
</w:footnotes>''' % W
HDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr %s><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>Golden header</w:t></w:r></w:p></w:hdr>' % W
FTR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr %s><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>' % W

def doc(name, body, title, author):
    xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s</w:body></w:document>' % (W, body)
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT); z.writestr('_rels/.rels', RELS)
        z.writestr('word/_rels/document.xml.rels', DOCRELS); z.writestr('word/document.xml', xml)
        z.writestr('word/numbering.xml', NUM); z.writestr('word/footnotes.xml', FN)
        z.writestr('word/header1.xml', HDR); z.writestr('word/footer1.xml', FTR)
        z.writestr('docProps/core.xml', CORE % (title, author))

def r(text, rpr=''):
    return '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, text)
def p(runs, ppr=''):
    return '<w:p><w:pPr>%s</w:pPr>%s</w:p>' % (ppr, runs)
SECT_LETTER = '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'

fmt = ''.join([
  p(r('Bold', '<w:b/>') + r(' italic', '<w:i/>') + r(' underlined', '<w:u w:val="single"/>') + r(' struck', '<w:strike/>')
    + r(' red', '<w:color w:val="FF0000"/>') + r(' big', '<w:sz w:val="32"/>') + r('2', '<w:vertAlign w:val="superscript"/>')
    + r(' caps', '<w:caps/>') + r(' hidden', '<w:vanish/>') + r(' yellow', '<w:highlight w:val="yellow"/>')
    + r(' wide', '<w:spacing w:val="40"/>') + r(' Arial', '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'),
    '<w:spacing w:after="0"/>'),
  p(r('中文文本宋体', '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun"/><w:lang w:eastAsia="zh-CN"/>'), '<w:jc w:val="center"/><w:spacing w:after="0"/>'),
  p(r('Right aligned, indented, spaced'), '<w:jc w:val="right"/><w:spacing w:before="240" w:after="120" w:line="360" w:lineRule="exact"/><w:ind w:left="720" w:right="360" w:firstLine="0"/>'),
  p(r('Hanging and justified paragraph with enough words to wrap across the line at least once in the page width we have here.'), '<w:jc w:val="both"/><w:ind w:left="1440" w:hanging="720"/><w:spacing w:after="0" w:line="480" w:lineRule="auto"/>'),
  p(r('Name') + '<w:r><w:tab/></w:r>' + r('42'), '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8640"/></w:tabs><w:keepNext/><w:spacing w:after="0"/>'),
  p(r('First item'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:after="0"/>'),
  p(r('Second item'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:after="0"/>'),
  p(r('Nested item'), '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:spacing w:after="0"/>'),
  p(r('Third item'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:after="0"/>'),
  p(r('On a new page') + '<w:r><w:footnoteReference w:id="1"/></w:r>', '<w:pageBreakBefore/>'),
  SECT_LETTER])
doc('formatting.docx', fmt, 'Golden formatting', '王小明')

def cell(text, tcpr=''):
    return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (tcpr, p(r(text), '<w:spacing w:after="0"/>'))
def cell_w(text, w, extra=''):
    return cell(text, '<w:tcW w:w="%d" w:type="dxa"/>%s' % (w, extra))
borders = '<w:tblBorders>' + ''.join('<w:%s w:val="single" w:sz="8" w:space="0" w:color="000000"/>' % s for s in ['top','left','bottom','right','insideH','insideV']) + '</w:tblBorders>'
tbl = ('<w:tbl><w:tblPr><w:tblW w:w="6000" w:type="dxa"/>%s<w:tblLayout w:type="fixed"/></w:tblPr>'
  '<w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>'
  '<w:tr><w:trPr><w:tblHeader/></w:trPr>' + cell_w('H1', 2000) + cell_w('H2', 2000) + cell_w('H3', 2000) + '</w:tr>'
  '<w:tr><w:trPr><w:trHeight w:val="720" w:hRule="exact"/></w:trPr>' + cell_w('Wide', 4000, '<w:gridSpan w:val="2"/><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>') + cell_w('Tall', 2000, '<w:vMerge w:val="restart"/>') + '</w:tr>'
  '<w:tr>' + cell_w('A', 2000) + cell_w('B', 2000) + cell_w('', 2000, '<w:vMerge/>') + '</w:tr>'
  '</w:tbl>') % borders
doc('tables.docx', p(r('Before the table')) + tbl + p(r('After the table')) + SECT_LETTER, 'Golden tables', 'Ada')

sect1 = ('<w:sectPr><w:headerReference w:type="default" r:id="rH1"/><w:footerReference w:type="default" r:id="rF1"/>'
  '<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>')
sect2 = ('<w:sectPr><w:headerReference w:type="default" r:id="rH1"/><w:footerReference w:type="default" r:id="rF1"/><w:type w:val="nextPage"/>'
  '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>'
  '<w:pgNumType w:fmt="lowerRoman" w:start="1"/><w:cols w:num="2" w:space="720"/></w:sectPr>')
doc('sections.docx', p(r('First section, letter portrait')) + p(r('End of first section'), sect1) + p(r('Second section, A4 landscape in two columns')) + sect2, 'Golden sections', 'Ada')
