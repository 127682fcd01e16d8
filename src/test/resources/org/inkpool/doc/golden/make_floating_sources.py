"""Sources of the floating-picture, paragraph-border and cell-shading goldens: run here, then
soffice --headless --convert-to doc floating.docx borders.docx cells.docx"""
import zipfile, zlib, struct

def png(w, h, rgb):
    raw = b''.join(b'\x00' + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))

CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>'''
RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>'''
DOCRELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rImg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/red.png"/>
<Relationship Id="rImg2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/blue.png"/>
</Relationships>'''
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"')
EMU = 12700

def anchor(rid, pid, w_pt, h_pt, relh, x_pt, relv, y_pt, wrap, behind):
    return ('<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
            'relativeHeight="%d" behindDoc="%d" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>%s'
            '<wp:docPr id="%d" name="Picture %d" descr="picture %d"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic><pic:nvPicPr><pic:cNvPr id="%d" name="p%d"/><pic:cNvPicPr/></pic:nvPicPr>'
            '<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
            '</pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>') % (
        pid, behind, relh, x_pt * EMU, relv, y_pt * EMU, w_pt * EMU, h_pt * EMU, wrap, pid, pid, pid, pid, pid,
        rid, w_pt * EMU, h_pt * EMU)

def r(text):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % text

def p(runs, ppr=''):
    return '<w:p><w:pPr>%s</w:pPr>%s</w:p>' % (ppr, runs)

SECT = ('<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
        'w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>%s</w:sectPr>')
LOREM = 'Text flows around the floating picture here, word after word, line after line. ' * 6

def write(name, body, images):
    xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s</w:body></w:document>' % (NS, body)
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT); z.writestr('_rels/.rels', RELS)
        z.writestr('word/_rels/document.xml.rels', DOCRELS); z.writestr('word/document.xml', xml)
        for n, data in images.items():
            z.writestr('word/media/' + n, data)

images = {'red.png': png(8, 4, (255, 0, 0)), 'blue.png': png(4, 4, (0, 0, 255))}
floating = ''.join([
    p(anchor('rImg1', 1, 144, 72, 'page', 360, 'paragraph', 18, '<wp:wrapSquare wrapText="bothSides"/>', 0) + r(LOREM)),
    p(anchor('rImg2', 2, 72, 72, 'margin', 0, 'page', 504, '<wp:wrapNone/>', 1) + r('Behind the text.')),
    SECT % ''])
write('floating.docx', floating, images)

borders = ''.join([
    p(r('Boxed and shaded'), '<w:pBdr><w:top w:val="single" w:sz="12" w:space="1" w:color="FF0000"/>'
      '<w:left w:val="single" w:sz="4" w:space="4" w:color="000000"/><w:bottom w:val="double" w:sz="6" w:space="1" w:color="0000FF"/>'
      '<w:right w:val="single" w:sz="4" w:space="4" w:color="000000"/><w:between w:val="single" w:sz="4" w:space="1" w:color="00FF00"/></w:pBdr>'
      '<w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>'),
    p(r('Plain paragraph')),
    SECT % '<w:docGrid w:type="lines" w:linePitch="360"/>'])
write('borders.docx', borders, images)

def cell(text, fill):
    shd = '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % fill if fill else ''
    return '<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>%s</w:tcPr>%s</w:tc>' % (shd, p(r(text)))
cells = ''.join([
    '<w:tbl><w:tblPr><w:tblW w:w="6000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>'
    '<w:tr>%s%s%s</w:tr><w:tr>%s%s%s</w:tr></w:tbl>' % (cell('orange', 'FF8000'), cell('clear', None), cell('teal', '008080'),
                                                       cell('plain', None), cell('grey', 'C0C0C0'), cell('plain', None)),
    p(r('After the table.')),
    SECT % ''])
write('cells.docx', cells, images)
