from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_bool,
    as_int,
    as_str,
)
from ..drift import READ_ERRORS, Drift, collect, mismatch, nested
from ..models.record_event_data_confirmed import RecordEventDataConfirmed
from ..models.record_event_data_email_now import RecordEventDataEmailNow
from ..models.record_event_data_review_requested import RecordEventDataReviewRequested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_event_data_client_type_0 import RecordEventDataClientType0
    from ..models.record_event_data_comer_person_info_type_0 import (
        RecordEventDataComerPersonInfoType0,
    )
    from ..models.record_event_data_comer_type_0 import RecordEventDataComerType0
    from ..models.record_event_data_composite_type_0 import RecordEventDataCompositeType0
    from ..models.record_event_data_composite_type_1_item import RecordEventDataCompositeType1Item
    from ..models.record_event_data_custom_fields_item import RecordEventDataCustomFieldsItem
    from ..models.record_event_data_custom_fields_map import RecordEventDataCustomFieldsMap
    from ..models.record_event_data_documents_item import RecordEventDataDocumentsItem
    from ..models.record_event_data_goods_transactions_item import (
        RecordEventDataGoodsTransactionsItem,
    )
    from ..models.record_event_data_record_labels_item import RecordEventDataRecordLabelsItem
    from ..models.record_event_data_services_item import RecordEventDataServicesItem
    from ..models.record_event_data_staff_type_0 import RecordEventDataStaffType0


T = TypeVar("T", bound="RecordEventData")


@_attrs_define
class RecordEventData:
    """Appointment with services, team member, client and money details.

    Attributes:
        id (int | Unset): Appointment ID
        company_id (int | Unset):
        staff_id (int | Unset):
        clients_count (int | Unset):
        date (str | Unset):
        datetime_ (str | Unset):
        create_date (str | Unset):
        last_change_date (str | Unset):
        comment (str | Unset):
        online (bool | Unset):
        visit_id (int | Unset):
        visit_attendance (int | Unset):
        attendance (int | Unset):
        confirmed (RecordEventDataConfirmed | Unset):
        seance_length (int | Unset): Length in seconds
        length (int | Unset):
        sms_before (int | Unset): Hours before the visit when the SMS reminder is sent; 0 = no reminder
        sms_now (bool | Unset):
        sms_now_text (str | Unset):
        email_now (RecordEventDataEmailNow | Unset):
        notified (str | Unset):
        master_request (str | Unset):
        api_id (str | Unset):
        from_url (str | Unset):
        review_requested (RecordEventDataReviewRequested | Unset):
        created_user_id (int | Unset):
        deleted (bool | Unset):
        paid_full (bool | Unset):
        prepaid (bool | Unset):
        prepaid_confirmed (bool | Unset):
        is_update_blocked (bool | Unset):
        activity_id (int | Unset):
        bookform_id (int | Unset):
        record_from (str | Unset):
        is_mobile (bool | Unset):
        services (list[RecordEventDataServicesItem] | Unset): Booked services
        staff (None | RecordEventDataStaffType0 | Unset): Assigned team member
        client (None | RecordEventDataClientType0 | Unset): Client
        goods_transactions (list[RecordEventDataGoodsTransactionsItem] | Unset): Product operations tied to the
            appointment
        custom_fields (list[RecordEventDataCustomFieldsItem] | RecordEventDataCustomFieldsMap | Unset):
        custom_color (str | Unset): Hex colour
        custom_font_color (str | Unset):
        record_labels (list[RecordEventDataRecordLabelsItem] | Unset):
        documents (list[RecordEventDataDocumentsItem] | Unset):
        short_link (str | Unset):
        sms_remain_hours (int | None | Unset):
        email_remain_hours (int | None | Unset):
        comer (None | RecordEventDataComerType0 | Unset):
        comer_person_info (None | RecordEventDataComerPersonInfoType0 | Unset):
        composite (list[RecordEventDataCompositeType1Item] | RecordEventDataCompositeType0 | Unset): Composite
            appointment data, when relevant
    """

    id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    staff_id: int | Unset = UNSET
    clients_count: int | Unset = UNSET
    date: str | Unset = UNSET
    datetime_: str | Unset = UNSET
    create_date: str | Unset = UNSET
    last_change_date: str | Unset = UNSET
    comment: str | Unset = UNSET
    online: bool | Unset = UNSET
    visit_id: int | Unset = UNSET
    visit_attendance: int | Unset = UNSET
    attendance: int | Unset = UNSET
    confirmed: RecordEventDataConfirmed | Unset = UNSET
    seance_length: int | Unset = UNSET
    length: int | Unset = UNSET
    sms_before: int | Unset = UNSET
    sms_now: bool | Unset = UNSET
    sms_now_text: str | Unset = UNSET
    email_now: RecordEventDataEmailNow | Unset = UNSET
    notified: str | Unset = UNSET
    master_request: str | Unset = UNSET
    api_id: str | Unset = UNSET
    from_url: str | Unset = UNSET
    review_requested: RecordEventDataReviewRequested | Unset = UNSET
    created_user_id: int | Unset = UNSET
    deleted: bool | Unset = UNSET
    paid_full: bool | Unset = UNSET
    prepaid: bool | Unset = UNSET
    prepaid_confirmed: bool | Unset = UNSET
    is_update_blocked: bool | Unset = UNSET
    activity_id: int | Unset = UNSET
    bookform_id: int | Unset = UNSET
    record_from: str | Unset = UNSET
    is_mobile: bool | Unset = UNSET
    services: list[RecordEventDataServicesItem] | Unset = UNSET
    staff: None | RecordEventDataStaffType0 | Unset = UNSET
    client: None | RecordEventDataClientType0 | Unset = UNSET
    goods_transactions: list[RecordEventDataGoodsTransactionsItem] | Unset = UNSET
    custom_fields: (
        list[RecordEventDataCustomFieldsItem] | RecordEventDataCustomFieldsMap | Unset
    ) = UNSET
    custom_color: str | Unset = UNSET
    custom_font_color: str | Unset = UNSET
    record_labels: list[RecordEventDataRecordLabelsItem] | Unset = UNSET
    documents: list[RecordEventDataDocumentsItem] | Unset = UNSET
    short_link: str | Unset = UNSET
    sms_remain_hours: int | None | Unset = UNSET
    email_remain_hours: int | None | Unset = UNSET
    comer: None | RecordEventDataComerType0 | Unset = UNSET
    comer_person_info: None | RecordEventDataComerPersonInfoType0 | Unset = UNSET
    composite: list[RecordEventDataCompositeType1Item] | RecordEventDataCompositeType0 | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.record_event_data_client_type_0 import RecordEventDataClientType0  # noqa: PLC0415
        from ..models.record_event_data_comer_person_info_type_0 import (
            RecordEventDataComerPersonInfoType0,  # noqa: PLC0415
        )
        from ..models.record_event_data_comer_type_0 import RecordEventDataComerType0  # noqa: PLC0415
        from ..models.record_event_data_composite_type_0 import RecordEventDataCompositeType0  # noqa: PLC0415
        from ..models.record_event_data_staff_type_0 import RecordEventDataStaffType0  # noqa: PLC0415

        id = self.id

        company_id = self.company_id

        staff_id = self.staff_id

        clients_count = self.clients_count

        date = self.date

        datetime_ = self.datetime_

        create_date = self.create_date

        last_change_date = self.last_change_date

        comment = self.comment

        online = self.online

        visit_id = self.visit_id

        visit_attendance = self.visit_attendance

        attendance = self.attendance

        confirmed: int | Unset = UNSET
        if not isinstance(self.confirmed, Unset):
            confirmed = self.confirmed.value

        seance_length = self.seance_length

        length = self.length

        sms_before = self.sms_before

        sms_now = self.sms_now

        sms_now_text = self.sms_now_text

        email_now: int | Unset = UNSET
        if not isinstance(self.email_now, Unset):
            email_now = self.email_now.value

        notified = self.notified

        master_request = self.master_request

        api_id = self.api_id

        from_url = self.from_url

        review_requested: int | Unset = UNSET
        if not isinstance(self.review_requested, Unset):
            review_requested = self.review_requested.value

        created_user_id = self.created_user_id

        deleted = self.deleted

        paid_full = self.paid_full

        prepaid = self.prepaid

        prepaid_confirmed = self.prepaid_confirmed

        is_update_blocked = self.is_update_blocked

        activity_id = self.activity_id

        bookform_id = self.bookform_id

        record_from = self.record_from

        is_mobile = self.is_mobile

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        staff: dict[str, Any] | None | Unset
        if isinstance(self.staff, Unset):
            staff = UNSET
        elif isinstance(self.staff, RecordEventDataStaffType0):
            staff = self.staff.to_dict()
        else:
            staff = self.staff

        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, RecordEventDataClientType0):
            client = self.client.to_dict()
        else:
            client = self.client

        goods_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = []
            for goods_transactions_item_data in self.goods_transactions:
                goods_transactions_item = goods_transactions_item_data.to_dict()
                goods_transactions.append(goods_transactions_item)

        custom_fields: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields.to_dict()

        custom_color = self.custom_color

        custom_font_color = self.custom_font_color

        record_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.record_labels, Unset):
            record_labels = []
            for record_labels_item_data in self.record_labels:
                record_labels_item = record_labels_item_data.to_dict()
                record_labels.append(record_labels_item)

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        short_link = self.short_link

        sms_remain_hours: int | None | Unset
        if isinstance(self.sms_remain_hours, Unset):
            sms_remain_hours = UNSET
        else:
            sms_remain_hours = self.sms_remain_hours

        email_remain_hours: int | None | Unset
        if isinstance(self.email_remain_hours, Unset):
            email_remain_hours = UNSET
        else:
            email_remain_hours = self.email_remain_hours

        comer: dict[str, Any] | None | Unset
        if isinstance(self.comer, Unset):
            comer = UNSET
        elif isinstance(self.comer, RecordEventDataComerType0):
            comer = self.comer.to_dict()
        else:
            comer = self.comer

        comer_person_info: dict[str, Any] | None | Unset
        if isinstance(self.comer_person_info, Unset):
            comer_person_info = UNSET
        elif isinstance(self.comer_person_info, RecordEventDataComerPersonInfoType0):
            comer_person_info = self.comer_person_info.to_dict()
        else:
            comer_person_info = self.comer_person_info

        composite: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.composite, Unset):
            composite = UNSET
        elif isinstance(self.composite, RecordEventDataCompositeType0):
            composite = self.composite.to_dict()
        else:
            composite = []
            for composite_type_1_item_data in self.composite:
                composite_type_1_item = composite_type_1_item_data.to_dict()
                composite.append(composite_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count
        if date is not UNSET:
            field_dict["date"] = date
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if online is not UNSET:
            field_dict["online"] = online
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if visit_attendance is not UNSET:
            field_dict["visit_attendance"] = visit_attendance
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if length is not UNSET:
            field_dict["length"] = length
        if sms_before is not UNSET:
            field_dict["sms_before"] = sms_before
        if sms_now is not UNSET:
            field_dict["sms_now"] = sms_now
        if sms_now_text is not UNSET:
            field_dict["sms_now_text"] = sms_now_text
        if email_now is not UNSET:
            field_dict["email_now"] = email_now
        if notified is not UNSET:
            field_dict["notified"] = notified
        if master_request is not UNSET:
            field_dict["master_request"] = master_request
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if from_url is not UNSET:
            field_dict["from_url"] = from_url
        if review_requested is not UNSET:
            field_dict["review_requested"] = review_requested
        if created_user_id is not UNSET:
            field_dict["created_user_id"] = created_user_id
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if paid_full is not UNSET:
            field_dict["paid_full"] = paid_full
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if prepaid_confirmed is not UNSET:
            field_dict["prepaid_confirmed"] = prepaid_confirmed
        if is_update_blocked is not UNSET:
            field_dict["is_update_blocked"] = is_update_blocked
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if bookform_id is not UNSET:
            field_dict["bookform_id"] = bookform_id
        if record_from is not UNSET:
            field_dict["record_from"] = record_from
        if is_mobile is not UNSET:
            field_dict["is_mobile"] = is_mobile
        if services is not UNSET:
            field_dict["services"] = services
        if staff is not UNSET:
            field_dict["staff"] = staff
        if client is not UNSET:
            field_dict["client"] = client
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = goods_transactions
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if custom_color is not UNSET:
            field_dict["custom_color"] = custom_color
        if custom_font_color is not UNSET:
            field_dict["custom_font_color"] = custom_font_color
        if record_labels is not UNSET:
            field_dict["record_labels"] = record_labels
        if documents is not UNSET:
            field_dict["documents"] = documents
        if short_link is not UNSET:
            field_dict["short_link"] = short_link
        if sms_remain_hours is not UNSET:
            field_dict["sms_remain_hours"] = sms_remain_hours
        if email_remain_hours is not UNSET:
            field_dict["email_remain_hours"] = email_remain_hours
        if comer is not UNSET:
            field_dict["comer"] = comer
        if comer_person_info is not UNSET:
            field_dict["comer_person_info"] = comer_person_info
        if composite is not UNSET:
            field_dict["composite"] = composite

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_event_data_client_type_0 import RecordEventDataClientType0  # noqa: PLC0415
        from ..models.record_event_data_comer_person_info_type_0 import (
            RecordEventDataComerPersonInfoType0,  # noqa: PLC0415
        )
        from ..models.record_event_data_comer_type_0 import RecordEventDataComerType0  # noqa: PLC0415
        from ..models.record_event_data_composite_type_0 import RecordEventDataCompositeType0  # noqa: PLC0415
        from ..models.record_event_data_composite_type_1_item import (
            RecordEventDataCompositeType1Item,  # noqa: PLC0415
        )
        from ..models.record_event_data_custom_fields_item import RecordEventDataCustomFieldsItem  # noqa: PLC0415
        from ..models.record_event_data_custom_fields_map import RecordEventDataCustomFieldsMap  # noqa: PLC0415
        from ..models.record_event_data_documents_item import RecordEventDataDocumentsItem  # noqa: PLC0415
        from ..models.record_event_data_goods_transactions_item import (
            RecordEventDataGoodsTransactionsItem,  # noqa: PLC0415
        )
        from ..models.record_event_data_record_labels_item import RecordEventDataRecordLabelsItem  # noqa: PLC0415
        from ..models.record_event_data_services_item import RecordEventDataServicesItem  # noqa: PLC0415
        from ..models.record_event_data_staff_type_0 import RecordEventDataStaffType0  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        _id = d.pop("id", UNSET)
        try:
            id: int | Unset
            if _id is UNSET:
                id = UNSET
            else:
                id = _id if type(_id) is int else as_int(_id)
        except READ_ERRORS as error:
            id = UNSET
            drift = mismatch(drift, "id", "an integer", _id, error)

        _company_id = d.pop("company_id", UNSET)
        try:
            company_id: int | Unset
            if _company_id is UNSET:
                company_id = UNSET
            else:
                company_id = _company_id if type(_company_id) is int else as_int(_company_id)
        except READ_ERRORS as error:
            company_id = UNSET
            drift = mismatch(drift, "company_id", "an integer", _company_id, error)

        _staff_id = d.pop("staff_id", UNSET)
        try:
            staff_id: int | Unset
            if _staff_id is UNSET:
                staff_id = UNSET
            else:
                staff_id = _staff_id if type(_staff_id) is int else as_int(_staff_id)
        except READ_ERRORS as error:
            staff_id = UNSET
            drift = mismatch(drift, "staff_id", "an integer", _staff_id, error)

        _clients_count = d.pop("clients_count", UNSET)
        try:
            clients_count: int | Unset
            if _clients_count is UNSET:
                clients_count = UNSET
            else:
                clients_count = (
                    _clients_count if type(_clients_count) is int else as_int(_clients_count)
                )
        except READ_ERRORS as error:
            clients_count = UNSET
            drift = mismatch(drift, "clients_count", "an integer", _clients_count, error)

        _date = d.pop("date", UNSET)
        try:
            date: str | Unset
            if _date is UNSET:
                date = UNSET
            else:
                date = _date if type(_date) is str else as_str(_date)
        except READ_ERRORS as error:
            date = UNSET
            drift = mismatch(drift, "date", "a string", _date, error)

        _datetime_ = d.pop("datetime", UNSET)
        try:
            datetime_: str | Unset
            if _datetime_ is UNSET:
                datetime_ = UNSET
            else:
                datetime_ = _datetime_ if type(_datetime_) is str else as_str(_datetime_)
        except READ_ERRORS as error:
            datetime_ = UNSET
            drift = mismatch(drift, "datetime", "a string", _datetime_, error)

        _create_date = d.pop("create_date", UNSET)
        try:
            create_date: str | Unset
            if _create_date is UNSET:
                create_date = UNSET
            else:
                create_date = _create_date if type(_create_date) is str else as_str(_create_date)
        except READ_ERRORS as error:
            create_date = UNSET
            drift = mismatch(drift, "create_date", "a string", _create_date, error)

        _last_change_date = d.pop("last_change_date", UNSET)
        try:
            last_change_date: str | Unset
            if _last_change_date is UNSET:
                last_change_date = UNSET
            else:
                last_change_date = (
                    _last_change_date
                    if type(_last_change_date) is str
                    else as_str(_last_change_date)
                )
        except READ_ERRORS as error:
            last_change_date = UNSET
            drift = mismatch(drift, "last_change_date", "a string", _last_change_date, error)

        _comment = d.pop("comment", UNSET)
        try:
            comment: str | Unset
            if _comment is UNSET:
                comment = UNSET
            else:
                comment = _comment if type(_comment) is str else as_str(_comment)
        except READ_ERRORS as error:
            comment = UNSET
            drift = mismatch(drift, "comment", "a string", _comment, error)

        _online = d.pop("online", UNSET)
        try:
            online: bool | Unset
            if _online is UNSET:
                online = UNSET
            else:
                online = _online if type(_online) is bool else as_bool(_online)
        except READ_ERRORS as error:
            online = UNSET
            drift = mismatch(drift, "online", "a boolean", _online, error)

        _visit_id = d.pop("visit_id", UNSET)
        try:
            visit_id: int | Unset
            if _visit_id is UNSET:
                visit_id = UNSET
            else:
                visit_id = _visit_id if type(_visit_id) is int else as_int(_visit_id)
        except READ_ERRORS as error:
            visit_id = UNSET
            drift = mismatch(drift, "visit_id", "an integer", _visit_id, error)

        _visit_attendance = d.pop("visit_attendance", UNSET)
        try:
            visit_attendance: int | Unset
            if _visit_attendance is UNSET:
                visit_attendance = UNSET
            else:
                visit_attendance = (
                    _visit_attendance
                    if type(_visit_attendance) is int
                    else as_int(_visit_attendance)
                )
        except READ_ERRORS as error:
            visit_attendance = UNSET
            drift = mismatch(drift, "visit_attendance", "an integer", _visit_attendance, error)

        _attendance = d.pop("attendance", UNSET)
        try:
            attendance: int | Unset
            if _attendance is UNSET:
                attendance = UNSET
            else:
                attendance = _attendance if type(_attendance) is int else as_int(_attendance)
        except READ_ERRORS as error:
            attendance = UNSET
            drift = mismatch(drift, "attendance", "an integer", _attendance, error)

        _confirmed = d.pop("confirmed", UNSET)
        try:
            confirmed: RecordEventDataConfirmed | Unset
            if _confirmed is UNSET:
                confirmed = UNSET
            else:
                confirmed = RecordEventDataConfirmed(
                    _confirmed if type(_confirmed) is int else as_int(_confirmed)
                )
        except READ_ERRORS as error:
            confirmed = UNSET
            drift = mismatch(drift, "confirmed", "an integer", _confirmed, error)

        _seance_length = d.pop("seance_length", UNSET)
        try:
            seance_length: int | Unset
            if _seance_length is UNSET:
                seance_length = UNSET
            else:
                seance_length = (
                    _seance_length if type(_seance_length) is int else as_int(_seance_length)
                )
        except READ_ERRORS as error:
            seance_length = UNSET
            drift = mismatch(drift, "seance_length", "an integer", _seance_length, error)

        _length = d.pop("length", UNSET)
        try:
            length: int | Unset
            if _length is UNSET:
                length = UNSET
            else:
                length = _length if type(_length) is int else as_int(_length)
        except READ_ERRORS as error:
            length = UNSET
            drift = mismatch(drift, "length", "an integer", _length, error)

        _sms_before = d.pop("sms_before", UNSET)
        try:
            sms_before: int | Unset
            if _sms_before is UNSET:
                sms_before = UNSET
            else:
                sms_before = _sms_before if type(_sms_before) is int else as_int(_sms_before)
        except READ_ERRORS as error:
            sms_before = UNSET
            drift = mismatch(drift, "sms_before", "an integer", _sms_before, error)

        _sms_now = d.pop("sms_now", UNSET)
        try:
            sms_now: bool | Unset
            if _sms_now is UNSET:
                sms_now = UNSET
            else:
                sms_now = _sms_now if type(_sms_now) is bool else as_bool(_sms_now)
        except READ_ERRORS as error:
            sms_now = UNSET
            drift = mismatch(drift, "sms_now", "a boolean", _sms_now, error)

        _sms_now_text = d.pop("sms_now_text", UNSET)
        try:
            sms_now_text: str | Unset
            if _sms_now_text is UNSET:
                sms_now_text = UNSET
            else:
                sms_now_text = (
                    _sms_now_text if type(_sms_now_text) is str else as_str(_sms_now_text)
                )
        except READ_ERRORS as error:
            sms_now_text = UNSET
            drift = mismatch(drift, "sms_now_text", "a string", _sms_now_text, error)

        _email_now = d.pop("email_now", UNSET)
        try:
            email_now: RecordEventDataEmailNow | Unset
            if _email_now is UNSET:
                email_now = UNSET
            else:
                email_now = RecordEventDataEmailNow(
                    _email_now if type(_email_now) is int else as_int(_email_now)
                )
        except READ_ERRORS as error:
            email_now = UNSET
            drift = mismatch(drift, "email_now", "an integer", _email_now, error)

        _notified = d.pop("notified", UNSET)
        try:
            notified: str | Unset
            if _notified is UNSET:
                notified = UNSET
            else:
                notified = _notified if type(_notified) is str else as_str(_notified)
        except READ_ERRORS as error:
            notified = UNSET
            drift = mismatch(drift, "notified", "a string", _notified, error)

        _master_request = d.pop("master_request", UNSET)
        try:
            master_request: str | Unset
            if _master_request is UNSET:
                master_request = UNSET
            else:
                master_request = (
                    _master_request if type(_master_request) is str else as_str(_master_request)
                )
        except READ_ERRORS as error:
            master_request = UNSET
            drift = mismatch(drift, "master_request", "a string", _master_request, error)

        _api_id = d.pop("api_id", UNSET)
        try:
            api_id: str | Unset
            if _api_id is UNSET:
                api_id = UNSET
            else:
                api_id = _api_id if type(_api_id) is str else as_str(_api_id)
        except READ_ERRORS as error:
            api_id = UNSET
            drift = mismatch(drift, "api_id", "a string", _api_id, error)

        _from_url = d.pop("from_url", UNSET)
        try:
            from_url: str | Unset
            if _from_url is UNSET:
                from_url = UNSET
            else:
                from_url = _from_url if type(_from_url) is str else as_str(_from_url)
        except READ_ERRORS as error:
            from_url = UNSET
            drift = mismatch(drift, "from_url", "a string", _from_url, error)

        _review_requested = d.pop("review_requested", UNSET)
        try:
            review_requested: RecordEventDataReviewRequested | Unset
            if _review_requested is UNSET:
                review_requested = UNSET
            else:
                review_requested = RecordEventDataReviewRequested(
                    _review_requested
                    if type(_review_requested) is int
                    else as_int(_review_requested)
                )
        except READ_ERRORS as error:
            review_requested = UNSET
            drift = mismatch(drift, "review_requested", "an integer", _review_requested, error)

        _created_user_id = d.pop("created_user_id", UNSET)
        try:
            created_user_id: int | Unset
            if _created_user_id is UNSET:
                created_user_id = UNSET
            else:
                created_user_id = (
                    _created_user_id if type(_created_user_id) is int else as_int(_created_user_id)
                )
        except READ_ERRORS as error:
            created_user_id = UNSET
            drift = mismatch(drift, "created_user_id", "an integer", _created_user_id, error)

        _deleted = d.pop("deleted", UNSET)
        try:
            deleted: bool | Unset
            if _deleted is UNSET:
                deleted = UNSET
            else:
                deleted = _deleted if type(_deleted) is bool else as_bool(_deleted)
        except READ_ERRORS as error:
            deleted = UNSET
            drift = mismatch(drift, "deleted", "a boolean", _deleted, error)

        _paid_full = d.pop("paid_full", UNSET)
        try:
            paid_full: bool | Unset
            if _paid_full is UNSET:
                paid_full = UNSET
            else:
                paid_full = _paid_full if type(_paid_full) is bool else as_bool(_paid_full)
        except READ_ERRORS as error:
            paid_full = UNSET
            drift = mismatch(drift, "paid_full", "a boolean", _paid_full, error)

        _prepaid = d.pop("prepaid", UNSET)
        try:
            prepaid: bool | Unset
            if _prepaid is UNSET:
                prepaid = UNSET
            else:
                prepaid = _prepaid if type(_prepaid) is bool else as_bool(_prepaid)
        except READ_ERRORS as error:
            prepaid = UNSET
            drift = mismatch(drift, "prepaid", "a boolean", _prepaid, error)

        _prepaid_confirmed = d.pop("prepaid_confirmed", UNSET)
        try:
            prepaid_confirmed: bool | Unset
            if _prepaid_confirmed is UNSET:
                prepaid_confirmed = UNSET
            else:
                prepaid_confirmed = (
                    _prepaid_confirmed
                    if type(_prepaid_confirmed) is bool
                    else as_bool(_prepaid_confirmed)
                )
        except READ_ERRORS as error:
            prepaid_confirmed = UNSET
            drift = mismatch(drift, "prepaid_confirmed", "a boolean", _prepaid_confirmed, error)

        _is_update_blocked = d.pop("is_update_blocked", UNSET)
        try:
            is_update_blocked: bool | Unset
            if _is_update_blocked is UNSET:
                is_update_blocked = UNSET
            else:
                is_update_blocked = (
                    _is_update_blocked
                    if type(_is_update_blocked) is bool
                    else as_bool(_is_update_blocked)
                )
        except READ_ERRORS as error:
            is_update_blocked = UNSET
            drift = mismatch(drift, "is_update_blocked", "a boolean", _is_update_blocked, error)

        _activity_id = d.pop("activity_id", UNSET)
        try:
            activity_id: int | Unset
            if _activity_id is UNSET:
                activity_id = UNSET
            else:
                activity_id = _activity_id if type(_activity_id) is int else as_int(_activity_id)
        except READ_ERRORS as error:
            activity_id = UNSET
            drift = mismatch(drift, "activity_id", "an integer", _activity_id, error)

        _bookform_id = d.pop("bookform_id", UNSET)
        try:
            bookform_id: int | Unset
            if _bookform_id is UNSET:
                bookform_id = UNSET
            else:
                bookform_id = _bookform_id if type(_bookform_id) is int else as_int(_bookform_id)
        except READ_ERRORS as error:
            bookform_id = UNSET
            drift = mismatch(drift, "bookform_id", "an integer", _bookform_id, error)

        _record_from = d.pop("record_from", UNSET)
        try:
            record_from: str | Unset
            if _record_from is UNSET:
                record_from = UNSET
            else:
                record_from = _record_from if type(_record_from) is str else as_str(_record_from)
        except READ_ERRORS as error:
            record_from = UNSET
            drift = mismatch(drift, "record_from", "a string", _record_from, error)

        _is_mobile = d.pop("is_mobile", UNSET)
        try:
            is_mobile: bool | Unset
            if _is_mobile is UNSET:
                is_mobile = UNSET
            else:
                is_mobile = _is_mobile if type(_is_mobile) is bool else as_bool(_is_mobile)
        except READ_ERRORS as error:
            is_mobile = UNSET
            drift = mismatch(drift, "is_mobile", "a boolean", _is_mobile, error)

        _services = d.pop("services", UNSET)
        try:
            services: list[RecordEventDataServicesItem] | Unset = UNSET
            if _services is not UNSET and _services != "":
                if not isinstance(_services, list):
                    raise TypeError(f"expected a list, got {type(_services).__name__}")
                services = []
                for index, services_item_data in enumerate(_services):
                    try:
                        services_item = RecordEventDataServicesItem.from_dict(services_item_data)
                    except READ_ERRORS as error:
                        drift = mismatch(
                            drift, f"services[{index}]", "an object", services_item_data, error
                        )
                        continue
                    if services_item.drift:
                        drift = nested(drift, f"services[{index}]", services_item.drift)
                    services.append(services_item)
        except READ_ERRORS as error:
            services = UNSET
            drift = mismatch(drift, "services", "a list", _services, error)

        _staff = d.pop("staff", UNSET)
        try:

            def _parse_staff(data: object) -> None | RecordEventDataStaffType0 | Unset:
                if data is None or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                if data == "":  # PHP's empty value for an absent object or list
                    return UNSET
                if not isinstance(data, dict):
                    raise TypeError()
                staff_type_0 = RecordEventDataStaffType0.from_dict(data)

                return staff_type_0

            staff = _parse_staff(_staff)
        except READ_ERRORS as error:
            staff = UNSET
            drift = mismatch(drift, "staff", "an object or null", _staff, error)
        else:
            drift = collect(drift, "staff", staff)

        _client = d.pop("client", UNSET)
        try:

            def _parse_client(data: object) -> None | RecordEventDataClientType0 | Unset:
                if data is None or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                if data == "":  # PHP's empty value for an absent object or list
                    return UNSET
                if not isinstance(data, dict):
                    raise TypeError()
                client_type_0 = RecordEventDataClientType0.from_dict(data)

                return client_type_0

            client = _parse_client(_client)
        except READ_ERRORS as error:
            client = UNSET
            drift = mismatch(drift, "client", "an object or null", _client, error)
        else:
            drift = collect(drift, "client", client)

        _goods_transactions = d.pop("goods_transactions", UNSET)
        try:
            goods_transactions: list[RecordEventDataGoodsTransactionsItem] | Unset = UNSET
            if _goods_transactions is not UNSET and _goods_transactions != "":
                if not isinstance(_goods_transactions, list):
                    raise TypeError(f"expected a list, got {type(_goods_transactions).__name__}")
                goods_transactions = []
                for index, goods_transactions_item_data in enumerate(_goods_transactions):
                    try:
                        goods_transactions_item = RecordEventDataGoodsTransactionsItem.from_dict(
                            goods_transactions_item_data
                        )
                    except READ_ERRORS as error:
                        drift = mismatch(
                            drift,
                            f"goods_transactions[{index}]",
                            "an object",
                            goods_transactions_item_data,
                            error,
                        )
                        continue
                    if goods_transactions_item.drift:
                        drift = nested(
                            drift, f"goods_transactions[{index}]", goods_transactions_item.drift
                        )
                    goods_transactions.append(goods_transactions_item)
        except READ_ERRORS as error:
            goods_transactions = UNSET
            drift = mismatch(drift, "goods_transactions", "a list", _goods_transactions, error)

        _custom_fields = d.pop("custom_fields", UNSET)
        try:

            def _parse_custom_fields(
                data: object,
            ) -> list[RecordEventDataCustomFieldsItem] | RecordEventDataCustomFieldsMap | Unset:
                if isinstance(data, Unset):
                    return data
                if data == "":  # PHP's empty value for an absent object or list
                    return UNSET
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    _custom_fields_type_0 = data
                    if not isinstance(_custom_fields_type_0, list):
                        raise TypeError(
                            f"expected a list, got {type(_custom_fields_type_0).__name__}"
                        )
                    custom_fields_type_0 = []
                    for custom_fields_type_0_item_data in _custom_fields_type_0:
                        custom_fields_type_0_item = RecordEventDataCustomFieldsItem.from_dict(
                            custom_fields_type_0_item_data
                        )

                        custom_fields_type_0.append(custom_fields_type_0_item)

                    return custom_fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_1 = RecordEventDataCustomFieldsMap.from_dict(data)

                return custom_fields_type_1

            custom_fields = _parse_custom_fields(_custom_fields)
        except READ_ERRORS as error:
            custom_fields = UNSET
            drift = mismatch(drift, "custom_fields", "a list or an object", _custom_fields, error)
        else:
            drift = collect(drift, "custom_fields", custom_fields)

        _custom_color = d.pop("custom_color", UNSET)
        try:
            custom_color: str | Unset
            if _custom_color is UNSET:
                custom_color = UNSET
            else:
                custom_color = (
                    _custom_color if type(_custom_color) is str else as_str(_custom_color)
                )
        except READ_ERRORS as error:
            custom_color = UNSET
            drift = mismatch(drift, "custom_color", "a string", _custom_color, error)

        _custom_font_color = d.pop("custom_font_color", UNSET)
        try:
            custom_font_color: str | Unset
            if _custom_font_color is UNSET:
                custom_font_color = UNSET
            else:
                custom_font_color = (
                    _custom_font_color
                    if type(_custom_font_color) is str
                    else as_str(_custom_font_color)
                )
        except READ_ERRORS as error:
            custom_font_color = UNSET
            drift = mismatch(drift, "custom_font_color", "a string", _custom_font_color, error)

        _record_labels = d.pop("record_labels", UNSET)
        try:
            record_labels: list[RecordEventDataRecordLabelsItem] | Unset = UNSET
            if _record_labels is not UNSET and _record_labels != "":
                if not isinstance(_record_labels, list):
                    raise TypeError(f"expected a list, got {type(_record_labels).__name__}")
                record_labels = []
                for index, record_labels_item_data in enumerate(_record_labels):
                    try:
                        record_labels_item = RecordEventDataRecordLabelsItem.from_dict(
                            record_labels_item_data
                        )
                    except READ_ERRORS as error:
                        drift = mismatch(
                            drift,
                            f"record_labels[{index}]",
                            "an object",
                            record_labels_item_data,
                            error,
                        )
                        continue
                    if record_labels_item.drift:
                        drift = nested(drift, f"record_labels[{index}]", record_labels_item.drift)
                    record_labels.append(record_labels_item)
        except READ_ERRORS as error:
            record_labels = UNSET
            drift = mismatch(drift, "record_labels", "a list", _record_labels, error)

        _documents = d.pop("documents", UNSET)
        try:
            documents: list[RecordEventDataDocumentsItem] | Unset = UNSET
            if _documents is not UNSET and _documents != "":
                if not isinstance(_documents, list):
                    raise TypeError(f"expected a list, got {type(_documents).__name__}")
                documents = []
                for index, documents_item_data in enumerate(_documents):
                    try:
                        documents_item = RecordEventDataDocumentsItem.from_dict(documents_item_data)
                    except READ_ERRORS as error:
                        drift = mismatch(
                            drift, f"documents[{index}]", "an object", documents_item_data, error
                        )
                        continue
                    if documents_item.drift:
                        drift = nested(drift, f"documents[{index}]", documents_item.drift)
                    documents.append(documents_item)
        except READ_ERRORS as error:
            documents = UNSET
            drift = mismatch(drift, "documents", "a list", _documents, error)

        _short_link = d.pop("short_link", UNSET)
        try:
            short_link: str | Unset
            if _short_link is UNSET:
                short_link = UNSET
            else:
                short_link = _short_link if type(_short_link) is str else as_str(_short_link)
        except READ_ERRORS as error:
            short_link = UNSET
            drift = mismatch(drift, "short_link", "a string", _short_link, error)

        _sms_remain_hours = d.pop("sms_remain_hours", UNSET)
        try:

            def _parse_sms_remain_hours(data: object) -> int | None | Unset:
                if data is None or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                _sms_remain_hours_type_0 = data
                sms_remain_hours_type_0 = (
                    _sms_remain_hours_type_0
                    if type(_sms_remain_hours_type_0) is int
                    else as_int(_sms_remain_hours_type_0)
                )

                return sms_remain_hours_type_0

            sms_remain_hours = _parse_sms_remain_hours(_sms_remain_hours)
        except READ_ERRORS as error:
            sms_remain_hours = UNSET
            drift = mismatch(
                drift, "sms_remain_hours", "an integer or null", _sms_remain_hours, error
            )

        _email_remain_hours = d.pop("email_remain_hours", UNSET)
        try:

            def _parse_email_remain_hours(data: object) -> int | None | Unset:
                if data is None or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                _email_remain_hours_type_0 = data
                email_remain_hours_type_0 = (
                    _email_remain_hours_type_0
                    if type(_email_remain_hours_type_0) is int
                    else as_int(_email_remain_hours_type_0)
                )

                return email_remain_hours_type_0

            email_remain_hours = _parse_email_remain_hours(_email_remain_hours)
        except READ_ERRORS as error:
            email_remain_hours = UNSET
            drift = mismatch(
                drift, "email_remain_hours", "an integer or null", _email_remain_hours, error
            )

        _comer = d.pop("comer", UNSET)
        try:

            def _parse_comer(data: object) -> None | RecordEventDataComerType0 | Unset:
                if data is None or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                if data == "":  # PHP's empty value for an absent object or list
                    return UNSET
                if not isinstance(data, dict):
                    raise TypeError()
                comer_type_0 = RecordEventDataComerType0.from_dict(data)

                return comer_type_0

            comer = _parse_comer(_comer)
        except READ_ERRORS as error:
            comer = UNSET
            drift = mismatch(drift, "comer", "an object or null", _comer, error)
        else:
            drift = collect(drift, "comer", comer)

        _comer_person_info = d.pop("comer_person_info", UNSET)
        try:

            def _parse_comer_person_info(
                data: object,
            ) -> None | RecordEventDataComerPersonInfoType0 | Unset:
                if data is None or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                if data == "":  # PHP's empty value for an absent object or list
                    return UNSET
                if not isinstance(data, dict):
                    raise TypeError()
                comer_person_info_type_0 = RecordEventDataComerPersonInfoType0.from_dict(data)

                return comer_person_info_type_0

            comer_person_info = _parse_comer_person_info(_comer_person_info)
        except READ_ERRORS as error:
            comer_person_info = UNSET
            drift = mismatch(
                drift, "comer_person_info", "an object or null", _comer_person_info, error
            )
        else:
            drift = collect(drift, "comer_person_info", comer_person_info)

        _composite = d.pop("composite", UNSET)
        try:

            def _parse_composite(
                data: object,
            ) -> list[RecordEventDataCompositeType1Item] | RecordEventDataCompositeType0 | Unset:
                if isinstance(data, Unset):
                    return data
                if data == "":  # PHP's empty value for an absent object or list
                    return UNSET
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    composite_type_0 = RecordEventDataCompositeType0.from_dict(data)

                    return composite_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                _composite_type_1 = data
                if not isinstance(_composite_type_1, list):
                    raise TypeError(f"expected a list, got {type(_composite_type_1).__name__}")
                composite_type_1 = []
                for composite_type_1_item_data in _composite_type_1:
                    composite_type_1_item = RecordEventDataCompositeType1Item.from_dict(
                        composite_type_1_item_data
                    )

                    composite_type_1.append(composite_type_1_item)

                return composite_type_1

            composite = _parse_composite(_composite)
        except READ_ERRORS as error:
            composite = UNSET
            drift = mismatch(drift, "composite", "an object or a list", _composite, error)
        else:
            drift = collect(drift, "composite", composite)

        record_event_data = cls(
            id=id,
            company_id=company_id,
            staff_id=staff_id,
            clients_count=clients_count,
            date=date,
            datetime_=datetime_,
            create_date=create_date,
            last_change_date=last_change_date,
            comment=comment,
            online=online,
            visit_id=visit_id,
            visit_attendance=visit_attendance,
            attendance=attendance,
            confirmed=confirmed,
            seance_length=seance_length,
            length=length,
            sms_before=sms_before,
            sms_now=sms_now,
            sms_now_text=sms_now_text,
            email_now=email_now,
            notified=notified,
            master_request=master_request,
            api_id=api_id,
            from_url=from_url,
            review_requested=review_requested,
            created_user_id=created_user_id,
            deleted=deleted,
            paid_full=paid_full,
            prepaid=prepaid,
            prepaid_confirmed=prepaid_confirmed,
            is_update_blocked=is_update_blocked,
            activity_id=activity_id,
            bookform_id=bookform_id,
            record_from=record_from,
            is_mobile=is_mobile,
            services=services,
            staff=staff,
            client=client,
            goods_transactions=goods_transactions,
            custom_fields=custom_fields,
            custom_color=custom_color,
            custom_font_color=custom_font_color,
            record_labels=record_labels,
            documents=documents,
            short_link=short_link,
            sms_remain_hours=sms_remain_hours,
            email_remain_hours=email_remain_hours,
            comer=comer,
            comer_person_info=comer_person_info,
            composite=composite,
        )
        if drift:
            record_event_data.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        record_event_data.additional_properties = additional_properties
        return record_event_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
